"""Short interface texts (buttons, headings) in both languages."""

from __future__ import annotations

from .i18n import Language, get_language
from .models import Text

LABELS: dict[str, Text] = {
    "language": Text(fr="Langue", en="Language"),
    "help_title": Text(
        fr="Besoin d'aide ? Personne ne doit rester seul face à ça",
        en="Need help? Nobody should face this alone",
    ),
    "help_intro": Text(
        fr="Ce n'est jamais la faute de la victime. Ces services sont là pour t'aider, "
        "gratuitement :",
        en="It is never the victim's fault. These services are there to help you, for free:",
    ),
    "help_urgent": Text(fr="En cas de danger immédiat", en="In immediate danger"),
    "help_other": Text(
        fr="Pour parler, signaler, faire retirer", en="To talk, report, get it removed"
    ),
    "help_abroad": Text(
        fr="Services internationaux, utilisables depuis la France",
        en="International services, usable from France",
    ),
    "map_title": Text(fr="Les notebooks du kit", en="The kit's notebooks"),
    "map_notebook": Text(fr="Notebook", en="Notebook"),
    "map_for_whom": Text(fr="Pour qui", en="For whom"),
    "map_ages": Text(fr="Âges", en="Ages"),
    "map_minutes": Text(fr="Durée", en="Duration"),
    "map_coming": Text(fr="bientôt disponible", en="coming soon"),
    "minutes": Text(fr="min", en="min"),
    "years": Text(fr="ans", en="years old"),
    "check": Text(fr="Vérifier", en="Check"),
    "previous": Text(fr="◀ Précédent", en="◀ Previous"),
    "next": Text(fr="Suivant ▶", en="Next ▶"),
    "finish": Text(fr="Voir mon résultat", en="See my result"),
    "again": Text(fr="Recommencer le quiz", en="Start the quiz again"),
    "progress": Text(fr="Question {n} sur {total}", en="Question {n} of {total}"),
    "right": Text(fr="✔ Bonne réponse", en="✔ Right answer"),
    "partial": Text(fr="◐ En partie", en="◐ Partly right"),
    "wrong": Text(fr="✘ Pas tout à fait", en="✘ Not quite"),
    "your_answer": Text(fr="ta réponse", en="your answer"),
    "the_right_one": Text(fr="la bonne réponse", en="the right answer"),
    "ticked": Text(fr="coché", en="ticked"),
    "not_ticked": Text(fr="non coché", en="not ticked"),
    "should_tick": Text(fr="à cocher", en="should be ticked"),
    "should_not_tick": Text(fr="à ne pas cocher", en="should not be ticked"),
    "true": Text(fr="Vrai", en="True"),
    "false": Text(fr="Faux", en="False"),
    "answer_is": Text(fr="La bonne réponse : {answer}.", en="The right answer: {answer}."),
    "pick_one": Text(
        fr="Choisis une réponse, puis clique sur « Vérifier ».",
        en="Pick an answer, then click 'Check'.",
    ),
    "tick_some": Text(
        fr="Coche toutes les bonnes réponses, puis « Vérifier ».",
        en="Tick all the right answers, then 'Check'.",
    ),
    "order_help": Text(
        fr="Range les étapes dans l'ordre avec les boutons ↑ et ↓ (touche Tab pour passer de l'un à l'autre).",
        en="Put the steps in order with the ↑ and ↓ buttons (Tab key to move between them).",
    ),
    "move_up": Text(fr="Monter cette étape", en="Move this step up"),
    "move_down": Text(fr="Descendre cette étape", en="Move this step down"),
    "in_place": Text(fr="à sa place", en="in the right place"),
    "not_in_place": Text(
        fr="pas à sa place : c'est l'étape {right}", en="not in place: it is step {right}"
    ),
    "your_choice": Text(fr="Ton choix", en="Your choice"),
    "what_now": Text(fr="Que faire ?", en="What should they do?"),
    "rewind": Text(fr="↶ Revenir d'une étape", en="↶ Go back one step"),
    "restart": Text(fr="⟲ Recommencer l'histoire", en="⟲ Restart the story"),
    "ending_safe": Text(
        fr="Fin : on s'en sort, avec de l'aide", en="Ending: getting through it, with help"
    ),
    "ending_mixed": Text(
        fr="Fin : des difficultés, puis de l'aide", en="Ending: some harm, then help"
    ),
    "ending_hard": Text(
        fr="Fin : difficile, mais pas sans issue", en="Ending: hard, but not hopeless"
    ),
    "path_review": Text(fr="Tes choix sur ce chemin", en="Your choices on this path"),
    "score": Text(
        fr="Ton score au premier essai : {points} sur {total}.",
        en="Your first-try score: {points} out of {total}.",
    ),
    "unanswered": Text(
        fr="Questions sans réponse : {count}.", en="Questions not answered: {count}."
    ),
    "remember": Text(fr="À retenir", en="To remember"),
    "stage_of": Text(fr="Étape {n} sur {total}", en="Stage {n} of {total}"),
    "stages": Text(fr="Les étapes", en="The stages"),
    "what_happens": Text(fr="Ce qui se passe", en="What happens"),
    "warning_signs": Text(fr="Les signaux d'alerte", en="Warning signs"),
    "actions": Text(fr="Ce qu'on peut faire tout de suite", en="What can be done right now"),
    "chat_excerpt": Text(fr="Extrait de conversation (fictive)", en="Chat excerpt (fictional)"),
    "material_variant": Text(fr="Comment l'auteur s'y prend", en="How the offender goes about it"),
    "demand_variant": Text(fr="Ce qu'il exige", en="What they demand"),
    "age_band": Text(fr="Âge du groupe", en="Age of the group"),
    "band_all": Text(fr="Tous âges", en="All ages"),
    "band_11_14": Text(fr="11-14 ans", en="11-14"),
    "band_15_18": Text(fr="15-18 ans", en="15-18"),
    "red_flag": Text(fr="signal d'alerte", en="warning sign"),
    "ordinary": Text(fr="message ordinaire", en="ordinary message"),
    "flag_score": Text(
        fr="{right} bonnes décisions sur {total}. Signaux d'alerte repérés : {found} sur {flags}. "
        "Messages ordinaires cochés : {false_alarms}.",
        en="{right} right decisions out of {total}. Warning signs spotted: {found} of {flags}. "
        "Ordinary messages ticked: {false_alarms}.",
    ),
    "try_again": Text(fr="Réessayer", en="Try again"),
    "reveal": Text(fr="Mythe ou réalité ?", en="Myth or fact?"),
    "hide": Text(fr="Cacher la réponse", en="Hide the answer"),
    "myth": Text(fr="MYTHE", en="MYTH"),
    "fact": Text(fr="RÉALITÉ", en="FACT"),
    "not_for_band": Text(
        fr="Cette activité est prévue pour les {ages} ans : choisissez cet âge en haut de la page "
        "pour l'afficher.",
        en="This activity is meant for ages {ages}: choose that age at the top of the page to show it.",
    ),
    "reports": Text(fr="Signalements", en="Reports"),
    "reports_title": Text(
        fr="Signalements de sextorsion reçus, 2022 et 2023",
        en="Sextortion reports received, 2022 and 2023",
    ),
    "reports_caption": Text(
        fr="Ce sont des signalements, pas un nombre de victimes. Sources :",
        en="These are reports, not a count of victims. Sources:",
    ),
    "source": Text(fr="source", en="source"),
    "plan_when": Text(fr="Quand", en="When"),
    "plan_what": Text(fr="Quoi", en="What"),
    "plan_with": Text(fr="Avec quoi", en="Using"),
    "plan_caption": Text(
        fr="Séance de 55 minutes, {band} ans", en="55-minute session, ages {band}"
    ),
    "never_do": Text(fr="À ne jamais faire", en="Never do"),
    "content_error": Text(
        fr="Le contenu du kit contient une erreur ; lancez « python -m sextorsion_kit check » :",
        en="The kit's content has an error; run 'python -m sextorsion_kit check':",
    ),
}


def label(key: str, language: Language | None = None) -> str:
    """The interface text ``key`` in ``language`` (the current one by default)."""
    return LABELS[key].in_language(language or get_language())
