package org.jumelage.projects.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.organisations.OrganisationSummary;
import org.jumelage.projects.DataInvolved;
import org.jumelage.projects.EthicsAnswers;
import org.jumelage.projects.JobImpact;
import org.jumelage.projects.Priority;
import org.jumelage.projects.ProjectCategory;
import org.jumelage.projects.ProjectDraft;
import org.jumelage.projects.ProjectStatus;
import org.jumelage.projects.ProviderKind;
import org.jumelage.projects.ScopingChecklist;
import org.jumelage.projects.SeatSpec;
import org.jumelage.projects.Transition;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.RequiredSkill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.domain.WorkingLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * About 30 demo projects, written for the demo, spread over the demo organisations and over every
 * state of the lifecycle, with a believable timeline; and fourteen projects of the past 18 months,
 * completed one after the other (the demo ledger history gives them their hours, the demo
 * evaluations their surveys). Runs after the demo organisations.
 */
@Component
class DemoProjects implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    private static final String SYSTEM = "demo";

    private final ProjectRepository projects;
    private final MongoTemplate mongo;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    DemoProjects(ProjectRepository projects, MongoTemplate mongo, OrganisationDirectory organisations, Clock clock) {
        this.projects = projects;
        this.mongo = mongo;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public int demoOrder() {
        return 20;
    }

    private record Demo(String title, String summary, ProjectCategory category, DataInvolved data, ProjectStatus status,
            List<SeatSpec> seats, JobImpact impact) {
    }

    private static SeatSpec seat(String role, int hours, ProviderKind kind, Region onSite, String... skills) {
        List<RequiredSkill> required = new ArrayList<>();
        for (int i = 0; i < skills.length; i++) {
            // Working level for the main skill, basics for the others: what the demo's providers hold,
            // so that a demo matching run proposes matches.
            required.add(new RequiredSkill(skills[i], i == 0 ? SkillLevel.WORKING : SkillLevel.BASIC));
        }
        return new SeatSpec(null, role, required, hours, kind, onSite == null, onSite, WorkingLanguage.FRENCH);
    }

    private static List<Demo> demos() {
        return List.of(
                new Demo("Tableau de bord des demandes d’aide alimentaire", "Remplacer la compilation manuelle des demandes de 14 points de service par un tableau de bord hebdomadaire.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.ANONYMISED, ProjectStatus.OPEN,
                        List.of(seat("Analyste de données", 60, ProviderKind.FIRM, null, "data.power-bi", "data.cleaning"), seat("Étudiant·e en appui", 40, ProviderKind.VOLUNTEER, null, "data.spreadsheets")), JobImpact.NONE),
                new Demo("Site Web bilingue et accessible", "Refaire le site vieillissant de l’organisme pour qu’il soit lisible sur mobile, bilingue et conforme aux règles d’accessibilité.", ProjectCategory.EDUCATION, DataInvolved.NONE, ProjectStatus.OPEN,
                        List.of(seat("Intégrateur·rice WordPress", 80, ProviderKind.EITHER, null, "web.wordpress", "web.bilingual-sites"), seat("Auditrice d’accessibilité", 20, ProviderKind.VOLUNTEER, null, "accessibility.wcag")), JobImpact.NONE),
                new Demo("Gestion des bénévoles sans papier", "Un outil simple pour inscrire les bénévoles, planifier les quarts et envoyer les rappels.", ProjectCategory.MANAGEMENT, DataInvolved.PERSONAL, ProjectStatus.OPEN,
                        List.of(seat("Conseiller·ère en outils de gestion", 50, ProviderKind.FIRM, null, "software.volunteer-management", "privacy.law25")), JobImpact.REALLOCATION),
                new Demo("Conformité à la Loi 25 pour un petit organisme", "Évaluer les renseignements personnels détenus, rédiger la politique et former l’équipe.", ProjectCategory.MANAGEMENT, DataInvolved.SENSITIVE_PERSONAL, ProjectStatus.OPEN,
                        List.of(seat("Spécialiste en protection des renseignements personnels", 40, ProviderKind.FIRM, null, "privacy.law25", "privacy.impact-assessment")), JobImpact.NONE),
                new Demo("Assistant conversationnel pour les questions fréquentes", "Répondre le soir et la fin de semaine aux questions fréquentes des familles, avec relais vers une intervenante.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.PERSONAL, ProjectStatus.OPEN,
                        List.of(seat("Développeur·euse d’agent conversationnel", 120, ProviderKind.FIRM, null, "ai.chatbots", "ai.responsible-use"), seat("Rédaction en langage clair", 30, ProviderKind.VOLUNTEER, null, "ux.plain-language")), JobImpact.NONE),
                new Demo("Formation à l’IA pour l’équipe", "Trois ateliers pratiques pour comprendre ce que l’IA peut et ne peut pas faire dans notre travail.", ProjectCategory.HUMAN_RESOURCES, DataInvolved.NONE, ProjectStatus.OPEN,
                        List.of(seat("Formateur·rice en littératie de l’IA", 24, ProviderKind.EITHER, Region.SAGUENAY_LAC_SAINT_JEAN, "training.ai-literacy")), JobImpact.NONE),
                new Demo("Migration vers un nuage sécurisé", "Quitter le vieux serveur du sous-sol pour des fichiers partagés sauvegardés et protégés.", ProjectCategory.MANAGEMENT, DataInvolved.PERSONAL, ProjectStatus.OPEN,
                        List.of(seat("Technicien·ne Microsoft 365", 70, ProviderKind.FIRM, null, "infra.microsoft-365", "infra.backup")), JobImpact.NONE),
                new Demo("Sondage d’impact auprès des participants", "Concevoir et analyser un sondage annuel pour mesurer l’effet de nos ateliers.", ProjectCategory.EDUCATION, DataInvolved.ANONYMISED, ProjectStatus.OPEN,
                        List.of(seat("Analyste en évaluation d’impact", 45, ProviderKind.VOLUNTEER, null, "data.impact-measurement", "data.surveys")), JobImpact.NONE),
                new Demo("Campagne de dons en ligne", "Mettre en place un formulaire de dons et une campagne courriel conforme à la LCAP.", ProjectCategory.DONOR_OUTREACH, DataInvolved.PERSONAL, ProjectStatus.OPEN,
                        List.of(seat("Stratège en collecte de fonds numérique", 40, ProviderKind.EITHER, null, "comms.online-fundraising", "comms.casl")), JobImpact.NONE),
                new Demo("Ateliers numériques pour les aînés", "Accompagner des aînés isolés dans l’usage de la tablette pour les services en ligne.", ProjectCategory.HEALTH_WELLBEING, DataInvolved.NONE, ProjectStatus.OPEN,
                        List.of(seat("Animateur·rice d’ateliers", 36, ProviderKind.VOLUNTEER, Region.BAS_SAINT_LAURENT, "training.seniors", "training.digital-literacy")), JobImpact.NONE),
                new Demo("Extraction automatique des formulaires papier", "Numériser et extraire les données des formulaires d’inscription reçus par la poste.", ProjectCategory.ACCOUNTING, DataInvolved.PERSONAL, ProjectStatus.MATCHED,
                        List.of(seat("Ingénieur·e en extraction de documents", 90, ProviderKind.FIRM, null, "ai.document-extraction", "data.cleaning")), JobImpact.REALLOCATION),
                new Demo("Base de données des partenaires régionaux", "Une base commune des ressources partagée par six organismes de la région.", ProjectCategory.COLLABORATION, DataInvolved.NONE, ProjectStatus.MATCHED,
                        List.of(seat("Développeur·euse de base collaborative", 50, ProviderKind.EITHER, null, "software.collaborative-databases")), JobImpact.NONE),
                new Demo("Rapport aux bailleurs de fonds automatisé", "Produire les rapports trimestriels aux bailleurs à partir des données déjà saisies.", ProjectCategory.GRANT_APPLICATIONS, DataInvolved.ANONYMISED, ProjectStatus.MATCHED,
                        List.of(seat("Analyste en rapports de subvention", 40, ProviderKind.FIRM, null, "data.grant-reporting", "data.spreadsheets")), JobImpact.NONE),
                new Demo("Refonte du CRM des donateurs", "Nettoyer 8 000 fiches de donateurs et migrer vers un CRM adapté aux OSBL.", ProjectCategory.DONOR_OUTREACH, DataInvolved.PERSONAL, ProjectStatus.IN_PROGRESS,
                        List.of(seat("Spécialiste CRM", 100, ProviderKind.FIRM, null, "software.donor-crm", "data.migration"), seat("Étudiant·e en qualité des données", 60, ProviderKind.VOLUNTEER, null, "data.cleaning")), JobImpact.NONE),
                new Demo("Carte interactive des services en itinérance", "Une carte à jour des refuges et services, consultable sur téléphone.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.NONE, ProjectStatus.IN_PROGRESS,
                        List.of(seat("Développeur·euse Web", 70, ProviderKind.EITHER, null, "web.javascript", "web.html-css")), JobImpact.NONE),
                new Demo("Traduction automatique des fiches d’information", "Rendre nos fiches disponibles en cinq langues, révisées par des bénévoles.", ProjectCategory.ADVOCACY, DataInvolved.NONE, ProjectStatus.IN_PROGRESS,
                        List.of(seat("Intégration de la traduction automatique", 30, ProviderKind.FIRM, null, "ai.speech-translation")), JobImpact.NONE),
                new Demo("Infolettre mensuelle et réseaux sociaux", "Un calendrier éditorial et des gabarits pour communiquer avec nos membres.", ProjectCategory.EDUCATION, DataInvolved.PERSONAL, ProjectStatus.COMPLETED,
                        List.of(seat("Stratège de contenu", 30, ProviderKind.VOLUNTEER, null, "comms.content-strategy", "comms.newsletters")), JobImpact.NONE),
                new Demo("Sensibilisation à la cybersécurité", "Former l’équipe à l’hameçonnage et mettre en place l’authentification à deux facteurs.", ProjectCategory.HUMAN_RESOURCES, DataInvolved.NONE, ProjectStatus.COMPLETED,
                        List.of(seat("Conseiller·ère en sécurité", 20, ProviderKind.FIRM, null, "security.awareness", "security.access-management")), JobImpact.NONE),
                new Demo("Inscriptions en ligne au camp de jour", "Remplacer les inscriptions papier par un formulaire en ligne avec paiement.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.PERSONAL, ProjectStatus.COMPLETED,
                        List.of(seat("Développeur·euse de formulaires", 35, ProviderKind.EITHER, null, "software.online-forms", "web.event-registration")), JobImpact.NONE),
                new Demo("Analyse des besoins numériques", "Faire le point sur nos outils et prioriser les investissements des trois prochaines années.", ProjectCategory.MANAGEMENT, DataInvolved.NONE, ProjectStatus.SUBMITTED,
                        List.of(seat("Conseiller·ère en stratégie numérique", 30, ProviderKind.FIRM, null, "pm.digital-strategy", "pm.needs-analysis")), JobImpact.NONE),
                new Demo("Tri automatique des demandes d’aide", "Classer automatiquement les demandes reçues par courriel selon leur urgence.", ProjectCategory.SOCIAL_WORK, DataInvolved.SENSITIVE_PERSONAL, ProjectStatus.SUBMITTED,
                        List.of(seat("Spécialiste en classification de textes", 80, ProviderKind.FIRM, null, "ai.text-classification", "ai.responsible-use")), JobImpact.NONE),
                new Demo("Remplacement de l’accueil téléphonique par un robot", "Un agent vocal répondrait à tous les appels à la place de la réceptionniste.", ProjectCategory.MANAGEMENT, DataInvolved.PERSONAL, ProjectStatus.SUBMITTED,
                        List.of(seat("Développeur·euse d’agent vocal", 100, ProviderKind.FIRM, null, "ai.chatbots")), JobImpact.REDUCTION),
                new Demo("Vidéos d’accueil pour les nouveaux arrivants", "Quatre courtes vidéos sous-titrées pour présenter nos services.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.NONE, ProjectStatus.SUBMITTED,
                        List.of(seat("Vidéaste", 40, ProviderKind.VOLUNTEER, Region.MONTREAL, "comms.video")), JobImpact.NONE),
                new Demo("Tableau de suivi des subventions", "Suivre les échéances et les montants de nos 12 subventions en un seul endroit.", ProjectCategory.GRANT_APPLICATIONS, DataInvolved.NONE, ProjectStatus.SUBMITTED,
                        List.of(seat("Analyste budgétaire", 25, ProviderKind.EITHER, null, "pm.budget", "data.spreadsheets")), JobImpact.NONE),
                new Demo("Application mobile de covoiturage solidaire", "Une application pour jumeler les bénévoles conducteurs et les personnes sans voiture.", ProjectCategory.HEALTH_WELLBEING, DataInvolved.PERSONAL, ProjectStatus.DRAFT,
                        List.of(seat("Développeur·euse d’application", 200, ProviderKind.FIRM, null, "software.low-code-apps")), JobImpact.NONE),
                new Demo("Archives numériques de l’organisme", "Numériser 40 ans de procès-verbaux et de photos.", ProjectCategory.MANAGEMENT, DataInvolved.NONE, ProjectStatus.DRAFT,
                        List.of(), JobImpact.NONE),
                new Demo("Paie et comptabilité en ligne", "Passer d’un logiciel installé à une solution en ligne.", ProjectCategory.ACCOUNTING, DataInvolved.PERSONAL, ProjectStatus.DRAFT,
                        List.of(seat("Conseiller·ère en sélection de logiciels", 20, ProviderKind.FIRM, null, "pm.vendor-selection")), JobImpact.NONE),
                new Demo("Recherche utilisateur auprès des familles", "Comprendre comment les familles trouvent nos services avant de refaire le site.", ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.PERSONAL, ProjectStatus.DRAFT,
                        List.of(seat("Chercheur·euse UX", 30, ProviderKind.VOLUNTEER, null, "ux.user-research")), JobImpact.NONE),
                new Demo("Prédiction des abandons scolaires", "Prédire quels jeunes abandonneront pour les signaler aux écoles.", ProjectCategory.EDUCATION, DataInvolved.SENSITIVE_PERSONAL, ProjectStatus.REJECTED,
                        List.of(seat("Scientifique des données", 150, ProviderKind.FIRM, null, "ai.machine-learning")), JobImpact.NONE),
                new Demo("Refonte de l’intranet", "Un intranet pour l’équipe de 6 personnes.", ProjectCategory.HUMAN_RESOURCES, DataInvolved.NONE, ProjectStatus.CANCELLED,
                        List.of(seat("Intégrateur·rice", 40, ProviderKind.EITHER, null, "web.site-builders")), JobImpact.NONE));
    }

    /**
     * A project of the past 18 months, owned by the named demo organisation: created
     * {@code createdDaysAgo} days ago, then submitted, opened, matched and started a few weeks later,
     * and completed {@code completedDaysAgo} days ago (null: still in progress).
     */
    private record Past(Demo demo, String owner, int createdDaysAgo, Integer completedDaysAgo) {
    }

    /** Organisations that appear only through past projects, so the round-robin of the others stays as it was. */
    static final List<String> PAST_ONLY = List.of("Popote roulante du Fjord",
            "Carrefour jeunesse-emploi Lac-Saint-Jean-Est", "Accueil Bon Voisinage Villeray",
            "Centre de santé communautaire Les Berges");

    private static Past past(String owner, int createdDaysAgo, Integer completedDaysAgo, String title, String summary,
            ProjectCategory category, DataInvolved data, SeatSpec... seats) {
        ProjectStatus status = completedDaysAgo == null ? ProjectStatus.IN_PROGRESS : ProjectStatus.COMPLETED;
        return new Past(new Demo(title, summary, category, data, status, List.of(seats), JobImpact.NONE), owner,
                createdDaysAgo, completedDaysAgo);
    }

    /** The demo ledger history (in the firms feature) gives these projects their hours, by title. */
    private static List<Past> history() {
        return List.of(
                past("Popote roulante du Fjord", 540, 400, "Itinéraires de livraison optimisés",
                        "Calculer chaque lundi les itinéraires des bénévoles livreurs selon les inscriptions de la semaine.",
                        ProjectCategory.HEALTH_WELLBEING, DataInvolved.PERSONAL,
                        seat("Analyste en optimisation", 60, ProviderKind.FIRM, null, "data.cleaning"),
                        seat("Étudiant·e en apprentissage automatique", 30, ProviderKind.VOLUNTEER, null, "ai.machine-learning")),
                past("Centre d’entraide La Passerelle", 500, 370, "Tableau de bord des cuisines collectives",
                        "Suivre les inscriptions, les portions servies et les dons de nos six cuisines collectives.",
                        ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.ANONYMISED,
                        seat("Analyste de données", 80, ProviderKind.FIRM, null, "data.power-bi", "data.cleaning")),
                past("Carrefour jeunesse-emploi Lac-Saint-Jean-Est", 470, 330, "Suivi des parcours jeunesse",
                        "Remplacer cinq tableurs par un dossier unique qui suit chaque jeune de l’accueil à l’emploi.",
                        ProjectCategory.EDUCATION, DataInvolved.SENSITIVE_PERSONAL,
                        seat("Développeur·euse de base collaborative", 120, ProviderKind.FIRM, null, "software.collaborative-databases"),
                        seat("Technicien·ne en soutien", 40, ProviderKind.VOLUNTEER, null, "web.html-css")),
                past("Accueil Bon Voisinage Villeray", 430, 290, "Fiches de ressources en ligne",
                        "Publier en langage clair, en quatre langues, les ressources du quartier pour les nouveaux arrivants.",
                        ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.NONE,
                        seat("Intégrateur·rice Web", 100, ProviderKind.FIRM, null, "web.wordpress"),
                        seat("Rédaction en langage clair", 30, ProviderKind.VOLUNTEER, null, "ux.plain-language")),
                past("Centre de santé communautaire Les Berges", 400, 250, "Prise de rendez-vous en ligne",
                        "Permettre aux patients de prendre et d’annuler leurs rendez-vous sans attendre au téléphone.",
                        ProjectCategory.HEALTH_WELLBEING, DataInvolved.SENSITIVE_PERSONAL,
                        seat("Spécialiste en protection des renseignements personnels", 140, ProviderKind.FIRM, null, "privacy.law25")),
                past("Regroupement des proches aidants de la Mauricie", 380, 220, "Analyse des appels de la ligne d’écoute",
                        "Comprendre, sans identifier personne, les motifs d’appel pour ajuster les heures d’écoute.",
                        ProjectCategory.HEALTH_WELLBEING, DataInvolved.SENSITIVE_PERSONAL,
                        seat("Analyste de données", 100, ProviderKind.FIRM, null, "data.cleaning", "privacy.law25"),
                        seat("Chercheur·euse en gouvernance des données", 40, ProviderKind.VOLUNTEER, null, "data.governance")),
                past("Comptoir alimentaire Le Grenier de Gatineau", 350, 190, "Prévision des dons alimentaires",
                        "Prévoir les dons de la semaine pour réduire le gaspillage et mieux remplir les paniers.",
                        ProjectCategory.SOCIAL_WORK, DataInvolved.NONE,
                        seat("Scientifique des données", 160, ProviderKind.FIRM, null, "ai.llm-prompting")),
                past("Alliance des organismes communautaires de Laval", 300, 120, "Portrait partagé des besoins du territoire",
                        "Réunir les données que 60 organismes acceptent de mettre en commun en un portrait mis à jour chaque année.",
                        ProjectCategory.COLLABORATION, DataInvolved.ANONYMISED,
                        seat("Analyste de données", 200, ProviderKind.FIRM, null, "ai.llm-prompting", "data.cleaning"),
                        seat("Étudiant·e en visualisation", 40, ProviderKind.VOLUNTEER, null, "data.power-bi")),
                past("Carrefour communautaire Le Tournesol", 260, 100, "Fiches de ressources du quartier",
                        "Sortir nos 400 fiches de ressources des tableurs et les tenir à jour à plusieurs.",
                        ProjectCategory.ACCESS_TO_SERVICES, DataInvolved.NONE,
                        seat("Spécialiste en nettoyage de données", 150, ProviderKind.FIRM, null, "data.cleaning"),
                        seat("Intégration d’API", 40, ProviderKind.VOLUNTEER, null, "software.api-integration")),
                past("Théâtre des Premières Lueurs", 240, 90, "Billetterie et listes d’envoi réunies",
                        "Relier la billetterie scolaire et les listes d’envoi pour écrire aux écoles au bon moment.",
                        ProjectCategory.DONOR_OUTREACH, DataInvolved.PERSONAL,
                        seat("Intégrateur·rice de données", 120, ProviderKind.FIRM, null, "ai.llm-prompting")),
                past("Comité logement Rive-Sud", 210, 60, "Réponses aux questions fréquentes des locataires",
                        "Un assistant qui propose une réponse validée par l’équipe aux questions récurrentes des locataires.",
                        ProjectCategory.ADVOCACY, DataInvolved.PERSONAL,
                        seat("Spécialiste des grands modèles de langue", 40, ProviderKind.FIRM, null, "ai.llm-prompting"),
                        seat("Développeur·euse d’agent conversationnel", 45, ProviderKind.VOLUNTEER, null, "ai.chatbots")),
                past("Collectif Vélo-Partage Estrie", 200, 70, "Calendrier des bénévoles de l’atelier",
                        "Prévoir l’achalandage de l’atelier par saison et planifier les quarts des bénévoles.",
                        ProjectCategory.MANAGEMENT, DataInvolved.PERSONAL,
                        seat("Étudiant·e en réseaux et outils", 35, ProviderKind.VOLUNTEER, null, "infra.network")),
                past("Maison des jeunes L’Escale de Rimouski", 180, 45, "Mesure de l’effet des ateliers",
                        "Un court sondage avant et après nos ateliers pour mesurer leur effet sur la persévérance scolaire.",
                        ProjectCategory.EDUCATION, DataInvolved.ANONYMISED,
                        seat("Analyste en évaluation d’impact", 40, ProviderKind.VOLUNTEER, null, "data.impact-measurement")),
                // The demo OSBL account's latest project, with the demo volunteer: both evaluations wait for them.
                past("Centre d’entraide La Passerelle", 120, 12, "Suivi des demandes d’aide",
                        "Un formulaire en ligne et un tableau de suivi des 1 200 demandes d’aide de l’année, tenus par les intervenantes.",
                        ProjectCategory.SOCIAL_WORK, DataInvolved.PERSONAL,
                        seat("Analyste de données", 60, ProviderKind.FIRM, null, "data.cleaning"),
                        seat("Développeur·euse de formulaires", 30, ProviderKind.VOLUNTEER, null, "web.javascript")));
    }

    @Override
    public void createDemoData() {
        if (mongo.count(new org.springframework.data.mongodb.core.query.Query(), Project.class) > 0) {
            return;
        }
        List<String> ids = organisations.idsMatching(null, null);
        Map<String, OrganisationSummary> all = organisations.findAll(ids);
        List<OrganisationSummary> verified = all.values().stream().filter(OrganisationSummary::isVerified)
                .filter(o -> !PAST_ONLY.contains(o.legalName()))
                .sorted(java.util.Comparator.comparing(OrganisationSummary::legalName)).toList();
        if (verified.isEmpty()) {
            log.info("No verified demo organisation: no demo project");
            return;
        }
        List<Demo> demos = demos();
        Instant now = clock.instant();
        for (int i = 0; i < demos.size(); i++) {
            Demo demo = demos.get(i);
            OrganisationSummary owner = verified.get(i % verified.size());
            LocalDate start = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(14 + i * 3L);
            Project project = new Project(owner.id(), draft(demo, i, start, start.plusMonths(4)));
            Instant created = now.minus(Duration.ofDays(60 - i));
            project.recordCreation(new Transition(created, SYSTEM, "Jumelage", null, ProjectStatus.DRAFT, null));
            for (ProjectStatus step : path(demo.status())) {
                Instant at = created.plus(Duration.ofDays(1 + project.getTransitions().size() * 2L));
                String comment = switch (step) {
                    case REJECTED -> "Le projet risque d’étiqueter des jeunes sans leur consentement.";
                    case CANCELLED -> "L’organisme a trouvé une solution clé en main.";
                    case OPEN -> "Projet clair et bien cadré.";
                    default -> null;
                };
                project.moveTo(step, new Transition(at, SYSTEM, "Jumelage", project.getStatus(), step, comment));
                if (comment != null && step != ProjectStatus.CANCELLED) {
                    project.setLastReviewComment(comment);
                }
            }
            projects.save(project);
        }
        Map<String, OrganisationSummary> byName = new java.util.HashMap<>();
        all.values().stream().filter(OrganisationSummary::isVerified).forEach(o -> byName.put(o.legalName(), o));
        int pastCount = 0;
        List<Past> history = history();
        for (int i = 0; i < history.size(); i++) {
            Past past = history.get(i);
            OrganisationSummary owner = byName.get(past.owner());
            if (owner == null) {
                continue;
            }
            projects.save(pastProject(owner, past, i, now));
            pastCount++;
        }
        log.info("Demo projects: {}, and {} of the past 18 months", demos.size(), pastCount);
    }

    /** Days after creation of each step of a past project: submitted, opened, matched, started. */
    private static final int[] PAST_STEPS = {3, 12, 26, 33};

    private Project pastProject(OrganisationSummary owner, Past past, int i, Instant now) {
        Instant created = now.minus(Duration.ofDays(past.createdDaysAgo()));
        LocalDate start = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(PAST_STEPS[3]);
        LocalDate end = past.completedDaysAgo() == null ? start.plusMonths(6)
                : LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(past.completedDaysAgo());
        Project project = new Project(owner.id(), draft(past.demo(), i + 1, start, end));
        project.recordCreation(new Transition(created, SYSTEM, "Jumelage", null, ProjectStatus.DRAFT, null));
        List<ProjectStatus> steps = List.of(ProjectStatus.SUBMITTED, ProjectStatus.OPEN, ProjectStatus.MATCHED,
                ProjectStatus.IN_PROGRESS);
        for (int s = 0; s < steps.size(); s++) {
            ProjectStatus step = steps.get(s);
            String comment = step == ProjectStatus.OPEN ? "Projet clair et bien cadré." : null;
            project.moveTo(step, new Transition(created.plus(Duration.ofDays(PAST_STEPS[s])), SYSTEM, "Jumelage",
                    project.getStatus(), step, comment));
            if (comment != null) {
                project.setLastReviewComment(comment);
            }
        }
        if (past.completedDaysAgo() != null) {
            project.moveTo(ProjectStatus.COMPLETED, new Transition(now.minus(Duration.ofDays(past.completedDaysAgo())),
                    SYSTEM, "Jumelage", project.getStatus(), ProjectStatus.COMPLETED, null));
        }
        return project;
    }

    private static ProjectDraft draft(Demo demo, int i, LocalDate start, LocalDate end) {
        return new ProjectDraft(demo.title(), demo.summary(),
                "Aujourd’hui, l’équipe fait ce travail à la main et y perd plusieurs heures chaque semaine.",
                "Le travail se fait plus vite et le temps libéré va aux personnes que nous servons.",
                demo.category(), demo.data(), start, end, i % 7 == 3 ? Priority.URGENT : Priority.NORMAL,
                i % 7 == 3 ? "Le financement actuel prend fin au printemps." : "", demo.seats(),
                new ScopingChecklist("Un outil en fonction et un guide d’utilisation.", "La direction générale",
                        demo.data() == DataInvolved.NONE ? "" : "Accès limité, par compte nominatif, pour la durée du projet.", 8),
                new EthicsAnswers("La saisie et la compilation répétitives.", "L’accompagnement des personnes.",
                        demo.impact(), "Consentement écrit à l’inscription.", "Seules les données utiles au projet.",
                        "Détruites un an après la fin du projet.", "Vérification des biais avec des personnes concernées.",
                        "Une intervenante valide chaque décision."));
    }

    private static List<ProjectStatus> path(ProjectStatus target) {
        return switch (target) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(ProjectStatus.SUBMITTED);
            case OPEN -> List.of(ProjectStatus.SUBMITTED, ProjectStatus.OPEN);
            case MATCHED -> List.of(ProjectStatus.SUBMITTED, ProjectStatus.OPEN, ProjectStatus.MATCHED);
            case IN_PROGRESS -> List.of(ProjectStatus.SUBMITTED, ProjectStatus.OPEN, ProjectStatus.MATCHED,
                    ProjectStatus.IN_PROGRESS);
            case COMPLETED -> List.of(ProjectStatus.SUBMITTED, ProjectStatus.OPEN, ProjectStatus.MATCHED,
                    ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED);
            case REJECTED -> List.of(ProjectStatus.SUBMITTED, ProjectStatus.REJECTED);
            case CANCELLED -> List.of(ProjectStatus.SUBMITTED, ProjectStatus.OPEN, ProjectStatus.CANCELLED);
        };
    }
}
