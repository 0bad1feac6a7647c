"""The starter worksheets every counselor can assign, written for this product.

They live in code, not in the database, so every clinic has them from the first start and an
improved wording reaches everyone with an upgrade. An assignment copies its prompts, so a later
change here never alters homework already given. Counselors' own templates are rows in
`worksheet_template`.
"""

from __future__ import annotations

from server.homework.schemas import Option, Prompt, TemplateOut

STARTER_PREFIX = "starter-"


def _text(key: str, label: str, hint: str = "", required: bool = True) -> Prompt:
    return Prompt(key=key, kind="text", label=label, help=hint, required=required)


def _list(key: str, label: str, hint: str = "") -> Prompt:
    return Prompt(key=key, kind="list", label=label, help=hint)


def _scale(
    key: str, label: str, low_label: str, high_label: str, low: int = 0, high: int = 10
) -> Prompt:
    return Prompt(
        key=key,
        kind="scale",
        label=label,
        low=low,
        high=high,
        low_label=low_label,
        high_label=high_label,
    )


def _choice(key: str, label: str, options: list[str]) -> Prompt:
    return Prompt(
        key=key,
        kind="choice",
        label=label,
        options=[Option(value=f"o{n}", label=text) for n, text in enumerate(options, start=1)],
    )


STARTERS: list[tuple[str, str, str, list[Prompt]]] = [
    (
        "trigger-map",
        "Trigger map",
        "Map what tends to lead you toward using, so you can see it coming and plan around it.",
        [
            _list(
                "people",
                "People who can make using more likely",
                "One per line. Initials are fine.",
            ),
            _list("places", "Places or situations"),
            _list("feelings", "Feelings that come before cravings"),
            _text("strongest", "Which trigger is strongest for you right now, and why?"),
            _scale(
                "confidence",
                "How ready do you feel to handle that trigger this week?",
                "Not at all",
                "Completely",
            ),
            _text("plan", "One thing you will do the next time it shows up"),
        ],
    ),
    (
        "relapse-prevention-plan",
        "Relapse-prevention plan",
        "A plan you write while calm, to use when things get hard.",
        [
            _list(
                "warning-signs",
                "My early warning signs",
                "Changes in thinking, mood or routine you notice first.",
            ),
            _list("high-risk", "My high-risk situations"),
            _list(
                "coping",
                "What I will do instead",
                "Actions that have worked before, or that you will try.",
            ),
            _list(
                "people", "People I can call, and when", "A name and the best time to reach them."
            ),
            _text("if-i-use", "If I do use, the first thing I will do is"),
            _text("reasons", "My reasons for staying on this path"),
        ],
    ),
    (
        "decisional-balance",
        "Decisional balance",
        "Weigh honestly what using and not using give you and cost you.",
        [
            _list("using-good", "Good things about using"),
            _list("using-bad", "Not-so-good things about using"),
            _list("change-good", "Good things about changing"),
            _list("change-bad", "Hard things about changing"),
            _scale(
                "importance",
                "How important is changing to you right now?",
                "Not important",
                "Most important",
            ),
            _text("takeaway", "Looking at all four boxes, what stands out?"),
        ],
    ),
    (
        "coping-skills-log",
        "Coping-skills practice log",
        "Practise one skill from group this week and notice what happens.",
        [
            _choice(
                "skill",
                "Which skill did you practise?",
                [
                    "Urge surfing",
                    "Deep breathing",
                    "Calling someone",
                    "Leaving the situation",
                    "Distraction",
                    "Another skill",
                ],
            ),
            _text("when", "When and where did you use it?"),
            _scale("before", "Craving or distress before", "None", "Strongest"),
            _scale("after", "Craving or distress after", "None", "Strongest"),
            _text("learned", "What did you learn, and would you use it again?"),
        ],
    ),
    (
        "gratitude-and-wins",
        "Gratitude and wins",
        "Notice what went right this week, however small.",
        [
            _list("grateful", "Three things I am grateful for"),
            _list("wins", "Wins this week", "Showing up counts."),
            _text("proud", "Something I did this week that I am proud of"),
            _scale("hope", "How hopeful do I feel today?", "Not hopeful", "Very hopeful"),
        ],
    ),
    (
        "values",
        "Values",
        "Name what matters most, and one step toward it.",
        [
            _list(
                "values",
                "The values that matter most to me",
                "Family, honesty, health, faith, work…",
            ),
            _text("using-and-values", "How has using pulled me away from them?"),
            _text("step", "One small step this week toward the value that matters most"),
            _choice(
                "confidence",
                "How sure am I that I will take that step?",
                [
                    "Not sure yet",
                    "Fairly sure",
                    "Very sure",
                ],
            ),
        ],
    ),
    (
        "halt-check",
        "HALT check",
        "Hungry, Angry, Lonely, Tired: four states that make cravings louder. Check in with each.",
        [
            _scale("hungry", "Hungry", "Not at all", "Very", 0, 5),
            _scale("angry", "Angry", "Not at all", "Very", 0, 5),
            _scale("lonely", "Lonely", "Not at all", "Very", 0, 5),
            _scale("tired", "Tired", "Not at all", "Very", 0, 5),
            _text("care", "What can I do in the next hour to take care of the highest one?"),
            _text("notes", "Anything else I noticed", required=False),
        ],
    ),
]


def starter_templates() -> list[TemplateOut]:
    """The starter library, in a stable order."""
    return [
        TemplateOut(
            id=STARTER_PREFIX + slug,
            title=title,
            description=description,
            prompts=prompts,
            starter=True,
        )
        for slug, title, description, prompts in STARTERS
    ]


def starter_template(template_id: str) -> TemplateOut | None:
    return next((template for template in starter_templates() if template.id == template_id), None)
