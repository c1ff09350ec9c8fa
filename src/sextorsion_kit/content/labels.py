"""Short interface texts (buttons, headings) in both languages."""

from __future__ import annotations

from ..i18n import Language, get_language
from .models import Text

LABELS: dict[str, Text] = {
    "language": Text(fr="Langue", en="Language"),
    "help_title": Text(
        fr="Besoin d'aide\u202f? Personne ne doit rester seul face à ça",
        en="Need help? Nobody should face this alone",
    ),
    "help_intro": Text(
        fr="Ce n'est jamais la faute de la victime. Ces services sont là pour t'aider, "
        "gratuitement\u202f:",
        en="It is never the victim's fault. These services are there to help you, for free:",
    ),
    "help_after_telling": Text(
        fr="Et après\u202f? Un adulte de l'établissement ne garde pas le secret\u202f: il te dit à qui "
        "il en parle, et tes parents peuvent être prévenus. Si c'est compliqué chez toi, dis-le\u202f: "
        "il en tient compte. Ce n'est jamais toi qui as des ennuis.",
        en="What next? An adult at school doesn't keep it secret: they tell you who they will "
        "talk to, and your parents may be told. If things are hard at home, say so: they take it "
        "into account. You are never the one in trouble.",
    ),
    "help_checked": Text(
        fr="Numéros, horaires et services vérifiés le {date}.",
        en="Numbers, hours and services checked on {date}.",
    ),
    "help_line": Text(fr="Besoin d'aide\u202f?", en="Need help?"),
    "right_now_title": Text(
        fr="Si ça t'arrive en ce moment", en="If this is happening to you right now"
    ),
    "right_now": Text(
        fr="Arrête de répondre, ne paie pas, n'envoie rien. Ce n'est pas ta faute. Garde les "
        "messages, et parles-en à l'adulte de la séance à la fin, ou appelle le <strong>3018</strong> "
        "(gratuit, anonyme, tous les jours de 9 h à 23 h). La nuit aussi\u202f: le <strong>119</strong> "
        "et <strong>17Cyber</strong> (17cyber.gouv.fr), 24 h/24. Si tu as des idées noires\u202f: "
        "<strong>3114</strong>, 24 h/24.",
        en="Stop answering, don't pay, send nothing. It is not your fault. Keep the messages, and "
        "talk to the adult running the session afterwards, or call <strong>3018</strong> (free, "
        "anonymous, every day from 9 am to 11 pm). At night too: <strong>119</strong> and "
        "<strong>17Cyber</strong> (17cyber.gouv.fr), 24/7. If you have dark thoughts: "
        "<strong>3114</strong>, 24/7.",
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
    "answer_is": Text(fr="La bonne réponse\u202f: {answer}.", en="The right answer: {answer}."),
    "pick_one": Text(
        fr="Choisis une réponse, puis clique sur «\u202fVérifier\u202f».",
        en="Pick an answer, then click 'Check'.",
    ),
    "tick_some": Text(
        fr="Coche toutes les bonnes réponses, puis «\u202fVérifier\u202f».",
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
        fr="pas à sa place\u202f: c'est l'étape {right}", en="not in place: it is step {right}"
    ),
    "order_anywhere": Text(
        fr="peut venir à n'importe quel moment", en="can come at any point"
    ),
    "order_kept": Text(fr="bien placée", en="well placed"),
    "order_broken": Text(
        fr="à déplacer, car il faut {rules}", en="to move, because one must {rules}"
    ),
    "order_free_steps": Text(
        fr="L'étape {letters} peut venir à n'importe quel moment.",
        en="Step {letters} can come at any point.",
    ),
    "your_choice": Text(fr="Ton choix", en="Your choice"),
    "what_now": Text(fr="Que faire\u202f?", en="What should they do?"),
    "rewind": Text(fr="↶ Revenir d'une étape", en="↶ Go back one step"),
    "restart": Text(fr="⟲ Recommencer l'histoire", en="⟲ Restart the story"),
    "ending_safe": Text(
        fr="Fin\u202f: on s'en sort, avec de l'aide", en="Ending: getting through it, with help"
    ),
    "ending_mixed": Text(
        fr="Fin\u202f: des difficultés, puis de l'aide", en="Ending: some harm, then help"
    ),
    "ending_hard": Text(
        fr="Fin\u202f: difficile, mais pas sans issue", en="Ending: hard, but not hopeless"
    ),
    "path_review": Text(fr="Tes choix sur ce chemin", en="Your choices on this path"),
    "score": Text(
        fr="Ton score au premier essai\u202f: {points} sur {total}.",
        en="Your first-try score: {points} out of {total}.",
    ),
    "unanswered": Text(
        fr="Questions sans réponse\u202f: {count}.", en="Questions not answered: {count}."
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
    "band_11_14": Text(fr="11-14 ans", en="11-14"),
    "band_15_18": Text(fr="15-18 ans", en="15-18"),
    "red_flag": Text(fr="signal d'alerte", en="warning sign"),
    "ordinary": Text(fr="message ordinaire", en="ordinary message"),
    "flag_score": Text(
        fr="{right} bonnes décisions sur {total}. Signaux d'alerte repérés\u202f: {found} sur {flags}. "
        "Messages ordinaires cochés\u202f: {false_alarms}.",
        en="{right} right decisions out of {total}. Warning signs spotted: {found} of {flags}. "
        "Ordinary messages ticked: {false_alarms}.",
    ),
    "try_again": Text(fr="Réessayer", en="Try again"),
    "reveal": Text(fr="Mythe ou réalité\u202f?", en="Myth or fact?"),
    "hide": Text(fr="Cacher la réponse", en="Hide the answer"),
    "myth": Text(fr="MYTHE", en="MYTH"),
    "fact": Text(fr="RÉALITÉ", en="FACT"),
    "not_for_band": Text(
        fr="Cette activité est prévue pour les {ages} ans\u202f: choisissez cet âge en haut de la page "
        "pour l'afficher.",
        en="This activity is meant for ages {ages}: choose that age at the top of the page to show it.",
    ),
    "reports": Text(fr="Signalements", en="Reports"),
    "reports_title": Text(
        fr="Signalements de sextorsion reçus, 2022 et 2023",
        en="Sextortion reports received, 2022 and 2023",
    ),
    "reports_caption": Text(
        fr="Ce sont des signalements, pas un nombre de victimes. Sources\u202f:",
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
    "years_count_one": Text(fr="{n} an", en="{n} year"),
    "years_count": Text(fr="{n} ans", en="{n} years"),
    "article_short": Text(fr="art.", en="art."),
    "law_footnote": Text(
        fr="Peine maximale encourue (maximum penalty), jamais une peine habituelle. "
        "Code pénal, version en vigueur au {date}.",
        en="Maximum penalty (peine maximale encourue), never a typical sentence. "
        "French Code pénal, version in force on {date}.",
    ),
    "prison_title": Text(
        fr="Prison\u202f: peine maximale encourue pour chaque infraction, simple et aggravée",
        en="Prison: the maximum penalty for each offence, basic and aggravated",
    ),
    "prison_axis": Text(fr="Années de prison, au maximum", en="Years in prison, at most"),
    "base_offence": Text(fr="infraction simple", en="basic offence"),
    "aggravated": Text(fr="forme aggravée", en="aggravated form"),
    "other_form": Text(fr="autre forme, même article", en="another form, same article"),
    "reached": Text(fr="atteint par ces faits", en="reached by these facts"),
    "prison_alt": Text(
        fr="Graphique en barres des peines de prison maximales encourues, par article du Code pénal.",
        en="Bar chart of the maximum prison terms, by article of the French Code pénal.",
    ),
    "fine_title": Text(
        fr="Amende\u202f: montant maximal encouru pour chaque infraction",
        en="Fine: the maximum amount for each offence",
    ),
    "fine_axis": Text(
        fr="Amende maximale (chaque graduation vaut 10 fois la précédente)",
        en="Maximum fine (each mark is 10 times the one before)",
    ),
    "fine_alt": Text(
        fr="Graphique en barres des amendes maximales encourues, par article du Code pénal.",
        en="Bar chart of the maximum fines, by article of the French Code pénal.",
    ),
    "victim_adult": Text(fr="victime majeure", en="adult victim"),
    "victim_minor": Text(fr="victime de 15 à 17 ans", en="victim aged 15 to 17"),
    "victim_under_15": Text(fr="victime de moins de 15 ans", en="victim under 15"),
    "not_applicable": Text(fr="ne s'applique pas", en="does not apply"),
    "victim_title": Text(
        fr="Mêmes faits, victime majeure ou mineure\u202f: prison maximale encourue",
        en="Same facts, adult or minor victim: maximum prison term",
    ),
    "victim_alt": Text(
        fr="Graphique en barres\u202f: pour les mêmes faits, infractions et prison maximale selon l'âge de la victime.",
        en="Bar chart: for the same facts, offences and maximum prison term by the victim's age.",
    ),
    "chart_caption": Text(
        fr="Articles, versions et liens\u202f: voir le tableau des sources.",
        en="Articles, versions and links: see the table of sources.",
    ),
    "example_case": Text(fr="Les faits (fictifs)\u202f:", en="The (fictional) facts:"),
    "law_article": Text(fr="Article", en="Article"),
    "law_offence": Text(fr="Infraction", en="Offence"),
    "law_base": Text(fr="Infraction simple", en="Basic offence"),
    "law_tiers": Text(fr="Formes aggravées", en="Aggravated forms"),
    "law_version": Text(fr="Version lue", en="Version read"),
    "law_since": Text(fr="en vigueur depuis le {date}", en="in force since {date}"),
    "law_in_force_on": Text(fr="en vigueur au {date}", en="in force on {date}"),
    "law_to_check": Text(
        fr="date de début de cette version à vérifier sur Légifrance",
        en="start date of this version to be checked on Légifrance",
    ),
    "law_table_caption": Text(
        fr="Peines maximales encourues (jamais une peine habituelle), article par article, "
        "avec la version lue et ses sources.",
        en="Maximum penalties (never a typical sentence), article by article, with the version "
        "read and its sources.",
    ),
    "loiret_blackmail": Text(
        fr="«\u202fJusqu'à 7 ans et 100 000 € pour le chantage\u202f»",
        en='"Up to 7 years and €100,000 for blackmail"',
    ),
    "loiret_systems": Text(
        fr="«\u202f150 000 € en cas de modification ou d'altération des systèmes informatiques\u202f»",
        en='"€150,000 when computer systems are modified or altered"',
    ),
    "up_to": Text(fr="jusqu'à", en="up to"),
    "and": Text(fr="et", en="and"),
    "case_intro": Text(
        fr="Un cas <strong>inventé</strong>. Coche ce qui s'est passé, puis clique sur "
        "<strong>Ce que dit la loi</strong>. Tu verras quelles infractions ces faits peuvent "
        "constituer et leur peine maximale. La victime, elle, n'a commis aucune infraction.",
        en="A <strong>made-up</strong> case. Tick what happened, then click <strong>What the "
        "law says</strong>. You will see which offences these facts can make up and their "
        "maximum penalty. The victim has committed no offence.",
    ),
    "case_acts": Text(fr="Ce qu'a fait l'auteur", en="What the offender did"),
    "case_people": Text(fr="Qui sont les personnes", en="Who the people are"),
    "case_show": Text(fr="Ce que dit la loi", en="What the law says"),
    "case_clear": Text(fr="Tout décocher", en="Clear all"),
    "case_none": Text(
        fr="Avec ces faits seuls, le kit ne trouve pas d'infraction de sa liste. Coche aussi "
        "ce que l'auteur a exigé ou fait (argent, images, diffusion…). Cela ne veut pas dire "
        "que c'est permis\u202f: une menace peut être punie autrement, et elle mérite toujours "
        "d'être signalée et racontée à un adulte de confiance.",
        en="With these facts alone, the kit finds no offence from its list. Also tick what "
        "the offender demanded or did (money, images, spreading…). That does not mean it is "
        "allowed: a threat can be punished in other ways, and it is always worth reporting "
        "and telling a trusted adult.",
    ),
    "case_result_one": Text(
        fr="Ces faits peuvent constituer une infraction\u202f:",
        en="These facts can make up one offence:",
    ),
    "case_result": Text(
        fr="Ces faits peuvent constituer {n} infractions\u202f:",
        en="These facts can make up {n} offences:",
    ),
    "case_together": Text(
        fr="Jugées ensemble, les peines <strong>ne s'additionnent pas</strong>\u202f: une seule "
        "peine de prison, au plus {prison}, et une seule amende, au plus {fine} "
        "(<a href='{source}'>Code pénal, art. 132-3</a>).",
        en="Judged together, the penalties <strong>do not add up</strong>: one prison term, "
        "at most {prison}, and one fine, at most {fine} "
        "(<a href='{source}'>Code pénal, art. 132-3</a>).",
    ),
    "case_together_adult": Text(
        fr="Pour un auteur majeur, jugées ensemble, les peines <strong>ne s'additionnent pas</strong>\u202f: "
        "une seule peine de prison, au plus {prison}, et une seule amende, au plus {fine} "
        "(<a href='{source}'>Code pénal, art. 132-3</a>).",
        en="For an adult offender, judged together, the penalties <strong>do not add up</strong>: "
        "one prison term, at most {prison}, and one fine, at most {fine} "
        "(<a href='{source}'>Code pénal, art. 132-3</a>).",
    ),
    "case_court": Text(
        fr="Ce sont des <strong>maximums</strong>\u202f: le tribunal choisit la peine en dessous, "
        "selon les faits et la personne. Dans un vrai cas, c'est la justice qui décide des "
        "infractions retenues.",
        en="These are <strong>maximums</strong>: the court chooses a penalty below them, "
        "depending on the facts and the person. In a real case, the justice system decides "
        "which offences apply.",
    ),
    "case_minor_offender": Text(
        fr="<strong>L'auteur a moins de 18 ans\u202f:</strong> il est jugé selon le code de la "
        "justice pénale des mineurs. Les maximums indiqués, prévus pour les adultes, ne "
        "s'appliquent pas tels quels\u202f: aucune peine avant 13 ans (seulement des mesures "
        "éducatives)\u202f; à partir de 13 ans, en principe, la moitié de la prison encourue au plus "
        "et une amende d'au plus 7 500 € "
        "(<a href='{source}'>art. L. 121-5 à L. 121-7</a>). Les infractions réservées aux "
        "auteurs majeurs ne sont pas listées.",
        en="<strong>The offender is under 18:</strong> they are tried under the juvenile "
        "criminal justice code. The maximums shown, set for adults, do not apply as they are: "
        "no penalty under 13 (only educational measures); from 13, as a rule, at most half the "
        "prison term and a fine "
        "of at most €7,500 (<a href='{source}'>art. L. 121-5 to L. 121-7</a>). Offences that "
        "only an adult can commit are not listed.",
    ),
    "case_chart_caption": Text(
        fr="En couleur\u202f: les infractions que ces faits peuvent constituer\u202f; une étoile et un "
        "contour épais marquent la forme atteinte. En gris\u202f: les autres.",
        en="In colour: the offences these facts can make up; a star and a thick outline mark "
        "the form reached. In grey: the others.",
    ),
    "content_error": Text(
        fr="Le contenu du kit contient une erreur\u202f; lancez «\u202fpython -m sextorsion_kit check\u202f»\u202f:",
        en="The kit's content has an error; run 'python -m sextorsion_kit check':",
    ),
}


def label(key: str, language: Language | None = None) -> str:
    """The interface text ``key`` in ``language`` (the current one by default)."""
    return LABELS[key].in_language(language or get_language())
