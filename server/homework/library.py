"""The starter worksheets every counselor can assign, written for this product.

They live in code, not in the database, so every clinic has them from the first start and an
improved wording reaches everyone with an upgrade. An assignment copies its prompts, so a later
change here never alters homework already given. Counselors' own templates are rows in
`worksheet_template`.

The English below is the one source: each text is a message id of the gettext catalog
(server/locales/<language>/LC_MESSAGES/messages.po), where translators write the other
languages; a test checks that every text has its translation. A counselor sees the library in
their own language; what a client is given is copied in the client's (`in_language`).
"""

from __future__ import annotations

import msgspec

from server.core import i18n
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


def starter_templates(locale: str | None = None) -> list[TemplateOut]:
    """The starter library in the locale's language, in a stable order."""
    return [
        TemplateOut(
            id=STARTER_PREFIX + slug,
            title=i18n.text(locale, title),
            description=i18n.text(locale, description),
            prompts=[_prompt_in(locale, prompt) for prompt in prompts],
            starter=True,
        )
        for slug, title, description, prompts in STARTERS
    ]


def starter_template(template_id: str, locale: str | None = None) -> TemplateOut | None:
    return next(
        (template for template in starter_templates(locale) if template.id == template_id), None
    )


def _prompt_in(locale: str | None, prompt: Prompt) -> Prompt:
    return msgspec.structs.replace(
        prompt,
        label=i18n.text(locale, prompt.label),
        help=i18n.text(locale, prompt.help) if prompt.help else "",
        low_label=i18n.text(locale, prompt.low_label) if prompt.low_label else "",
        high_label=i18n.text(locale, prompt.high_label) if prompt.high_label else "",
        options=[
            Option(value=option.value, label=i18n.text(locale, option.label))
            for option in prompt.options
        ],
    )


class Worksheet(msgspec.Struct, frozen=True):
    title: str
    instructions: str
    prompts: list[Prompt]


def in_language(template_id: str | None, sent: Worksheet, locale: str) -> Worksheet:
    """A worksheet given from a starter template, in the language of who gets it.

    What the counselor left as the library wrote it (in any of its languages: the title, the
    description as instructions, each prompt) is copied in the locale's language; what they
    wrote or changed themselves stays as they wrote it. Anything not from the library is
    returned unchanged."""
    if template_id is None or not template_id.startswith(STARTER_PREFIX):
        return sent
    versions = [starter_template(template_id, language) for language in i18n.LOCALES.values()]
    versions = [version for version in versions if version is not None]
    target = starter_template(template_id, locale)
    if target is None:
        return sent

    def the_library(value, pick) -> bool:
        return any(value == pick(version) for version in versions)

    target_prompts = {prompt.key: prompt for prompt in target.prompts}
    prompts = []
    for prompt in sent.prompts:
        as_written = [
            next((p for p in version.prompts if p.key == prompt.key), None) for version in versions
        ]
        unchanged = prompt.key in target_prompts and any(prompt == p for p in as_written)
        prompts.append(target_prompts[prompt.key] if unchanged else prompt)
    return Worksheet(
        title=target.title if the_library(sent.title, lambda v: v.title) else sent.title,
        instructions=target.description
        if the_library(sent.instructions, lambda v: v.description)
        else sent.instructions,
        prompts=prompts,
    )


def texts() -> list[str]:
    """Every English text of the library: the catalog's message ids for it."""
    found = []
    for _, title, description, prompts in STARTERS:
        found += [title, description]
        for prompt in prompts:
            found += [prompt.label, prompt.help, prompt.low_label, prompt.high_label]
            found += [option.label for option in prompt.options]
    return list(dict.fromkeys(text for text in found if text))
