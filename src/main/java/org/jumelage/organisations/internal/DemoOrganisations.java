package org.jumelage.organisations.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.UserSummary;
import org.jumelage.organisations.BudgetBand;
import org.jumelage.organisations.EmployeeBand;
import org.jumelage.organisations.OrganisationProfile;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.organisations.VolunteerBand;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sixteen fictional OSBLs across Québec (names, NEQs and addresses are made up; web sites use the
 * reserved {@code .example} domain), of every size. Most are verified, two pending, one rejected. The demo OSBL
 * account ({@code osbl@jumelage.demo}) administers "Centre d'entraide La Passerelle"; the others were
 * created by the platform and have no members (administrator id null), since accounts offers no
 * public way to create people. Existing NEQs are skipped, so running twice changes nothing.
 */
@Component
class DemoOrganisations implements DemoDataContributor {

    static final String DEMO_OSBL_EMAIL = "osbl@jumelage.demo";
    static final String DEMO_COORDINATOR_EMAIL = "coordination@jumelage.demo";

    record DemoOrganisation(OrganisationProfile profile, VerificationStatus status, String rejectionReason,
            boolean demoAccountIsAdministrator) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            verified(new OrganisationProfile("Centre d’entraide La Passerelle", "1164823907",
                    Sector.SOCIAL_WORK, Region.SAGUENAY_LAC_SAINT_JEAN, "412, rue Racine Est", "Saguenay",
                    "G7H 1S8", EmployeeBand.FROM_5_TO_19, VolunteerBand.FROM_25_TO_99, BudgetBand.FROM_500K_TO_1M,
                    "Depuis 1987, La Passerelle accueille les personnes isolées de Chicoutimi : dépannage "
                            + "alimentaire, cuisines collectives, accompagnement dans les démarches. Nous voulons "
                            + "mieux suivre nos 1 200 demandes d’aide par année sans alourdir le travail des "
                            + "intervenantes.",
                    "https://lapasserelle.example"), true),
            verified(new OrganisationProfile("Carrefour communautaire Le Tournesol", "1170352418",
                    Sector.ACCESS_TO_SERVICES, Region.MONTREAL, "3850, rue Ontario Est", "Montréal", "H1W 1S2",
                    EmployeeBand.FROM_20_TO_49, VolunteerBand.HUNDRED_OR_MORE, BudgetBand.FROM_1M_TO_5M,
                    "Le Tournesol oriente les familles d’Hochelaga-Maisonneuve vers les bons services : "
                            + "impôts, logement, francisation. Nos fiches de ressources vivent dans des tableurs "
                            + "que personne n’ose plus toucher.",
                    "https://tournesol-hochelaga.example"), false),
            verified(new OrganisationProfile("Maison des jeunes L’Escale de Rimouski", "1149067235",
                    Sector.EDUCATION, Region.BAS_SAINT_LAURENT, "95, rue Saint-Germain Ouest", "Rimouski",
                    "G5L 4B6", EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_1_TO_24, BudgetBand.UNDER_100K,
                    "Un milieu de vie pour les 12 à 17 ans : aide aux devoirs, ateliers de création numérique, "
                            + "prévention. Nous aimerions mesurer l’effet de nos ateliers sur la persévérance "
                            + "scolaire.",
                    null), false),
            verified(new OrganisationProfile("Regroupement des proches aidants de la Mauricie", "1162284519",
                    Sector.HEALTH_WELLBEING, Region.MAURICIE, "1322, rue Royale", "Trois-Rivières", "G9A 4J5",
                    EmployeeBand.FROM_5_TO_19, VolunteerBand.FROM_25_TO_99, BudgetBand.FROM_100K_TO_500K,
                    "Répit, groupes de soutien et ligne d’écoute pour les proches aidants. Nos données "
                            + "d’appels sont sensibles : nous cherchons à les analyser dans le respect de la "
                            + "Loi 25.",
                    "https://proches-aidants-mauricie.example"), false),
            verified(new OrganisationProfile("Collectif Vélo-Partage Estrie", "1173390842",
                    Sector.ENVIRONMENT, Region.ESTRIE, "180, rue Wellington Sud", "Sherbrooke", "J1H 5C7",
                    EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_25_TO_99, BudgetBand.UNDER_100K,
                    "Atelier de réparation et prêt de vélos usagés. Nous voulons prévoir la demande par "
                            + "saison pour mieux planifier les bénévoles de l’atelier.",
                    "https://velopartage-estrie.example"), false),
            verified(new OrganisationProfile("Théâtre des Premières Lueurs", "1158746023",
                    Sector.CULTURE, Region.CAPITALE_NATIONALE, "270, rue Saint-Joseph Est", "Québec", "G1K 3A9",
                    EmployeeBand.FROM_5_TO_19, VolunteerBand.FROM_1_TO_24, BudgetBand.FROM_500K_TO_1M,
                    "Compagnie de théâtre jeunesse qui tourne dans les écoles de la région. Notre billetterie "
                            + "et nos listes d’envoi ne se parlent pas.",
                    "https://premieres-lueurs.example"), false),
            verified(new OrganisationProfile("Comptoir alimentaire Le Grenier de Gatineau", "1167925314",
                    Sector.SOCIAL_WORK, Region.OUTAOUAIS, "45, rue Eddy", "Gatineau", "J8X 2V6",
                    EmployeeBand.FROM_5_TO_19, VolunteerBand.HUNDRED_OR_MORE, BudgetBand.FROM_500K_TO_1M,
                    "Paniers d’épicerie et repas communautaires pour 800 ménages par mois. Nous voulons "
                            + "réduire le gaspillage en prévoyant mieux les dons reçus.",
                    null), false),
            verified(new OrganisationProfile("Alliance des organismes communautaires de Laval", "1145603782",
                    Sector.COLLABORATION, Region.LAVAL, "1600, boulevard Saint-Martin Est", "Laval", "H7G 4R8",
                    EmployeeBand.FROM_1_TO_4, VolunteerBand.NONE, BudgetBand.FROM_100K_TO_500K,
                    "Table de concertation de 60 organismes lavallois. Nous voulons un portrait partagé des "
                            + "besoins du territoire, à partir des données que nos membres acceptent de mettre "
                            + "en commun.",
                    "https://alliance-laval.example"), false),
            verified(new OrganisationProfile("Comité logement Rive-Sud", "1152018946",
                    Sector.RIGHTS_ADVOCACY, Region.MONTEREGIE, "2030, chemin de Chambly", "Longueuil", "J4J 3Y2",
                    EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_1_TO_24, BudgetBand.UNDER_100K,
                    "Information et défense des droits des locataires de l’agglomération de Longueuil. Nous "
                            + "recevons des centaines de questions semblables et aimerions y répondre plus vite.",
                    null), false),
            // Three served OSBLs in Montréal and in Saguenay–Lac-Saint-Jean, and in the social-work and
            // health sectors, so that the public page (which hides groups of fewer than three) shows figures.
            verified(new OrganisationProfile("Popote roulante du Fjord", "1178034526",
                    Sector.HEALTH_WELLBEING, Region.SAGUENAY_LAC_SAINT_JEAN, "915, rue Bégin", "Saguenay",
                    "G7H 4N7", EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_25_TO_99, BudgetBand.UNDER_100K,
                    "Repas chauds livrés cinq jours par semaine à 150 aînés et convalescents de Chicoutimi et "
                            + "de La Baie. Nos itinéraires de livraison sont refaits à la main chaque lundi.",
                    "https://popote-fjord.example"), false),
            verified(new OrganisationProfile("Carrefour jeunesse-emploi Lac-Saint-Jean-Est", "1179145637",
                    Sector.EDUCATION, Region.SAGUENAY_LAC_SAINT_JEAN, "640, rue Collard Ouest", "Alma",
                    "G8B 1N2", EmployeeBand.FROM_5_TO_19, VolunteerBand.FROM_1_TO_24, BudgetBand.FROM_500K_TO_1M,
                    "Accompagnement des 16 à 35 ans vers l’emploi, le retour aux études et l’entrepreneuriat. "
                            + "Nous voulons suivre le parcours des jeunes sans multiplier les fichiers.",
                    "https://cje-lacsaintjeanest.example"), false),
            verified(new OrganisationProfile("Accueil Bon Voisinage Villeray", "1171256748",
                    Sector.SOCIAL_WORK, Region.MONTREAL, "7378, rue Lajeunesse", "Montréal", "H2R 2H7",
                    EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_25_TO_99, BudgetBand.FROM_100K_TO_500K,
                    "Halte-accueil, friperie et aide aux formulaires pour les familles nouvellement arrivées "
                            + "du quartier Villeray.",
                    null), false),
            verified(new OrganisationProfile("Centre de santé communautaire Les Berges", "1174367859",
                    Sector.HEALTH_WELLBEING, Region.MONTREAL, "2250, rue Centre", "Montréal", "H3K 1J6",
                    EmployeeBand.FROM_20_TO_49, VolunteerBand.FROM_25_TO_99, BudgetBand.FROM_1M_TO_5M,
                    "Clinique de proximité et ateliers de prévention à Pointe-Saint-Charles. Nous voulons "
                            + "mieux planifier nos rendez-vous et mesurer l’effet de nos ateliers.",
                    "https://lesberges.example"), false),
            pending(new OrganisationProfile("Cercle d’alphabétisation Les Mots d’abord", "1176640251",
                    Sector.EDUCATION, Region.GASPESIE_ILES_DE_LA_MADELEINE, "118, rue de la Reine", "Gaspé",
                    "G4X 1T6", EmployeeBand.FROM_1_TO_4, VolunteerBand.FROM_1_TO_24, BudgetBand.UNDER_100K,
                    "Ateliers d’alphabétisation et de littératie numérique pour adultes, de Gaspé à "
                            + "Grande-Vallée.",
                    null)),
            pending(new OrganisationProfile("Soutien à domicile Boréal", "1169217584",
                    Sector.HEALTH_WELLBEING, Region.ABITIBI_TEMISCAMINGUE, "77, avenue Principale",
                    "Rouyn-Noranda", "J9X 4P1", EmployeeBand.FROM_20_TO_49, VolunteerBand.FROM_1_TO_24,
                    BudgetBand.FROM_1M_TO_5M,
                    "Entretien ménager et accompagnement des aînés à domicile. Nos horaires de visites sont "
                            + "encore faits à la main chaque semaine.",
                    "https://soutien-boreal.example")),
            new DemoOrganisation(new OrganisationProfile("Fondation Horizon numérique Côte-Nord", "1141198367",
                    Sector.OTHER, Region.COTE_NORD, null, "Sept-Îles", null, EmployeeBand.NONE,
                    VolunteerBand.FROM_1_TO_24, BudgetBand.UNDER_100K,
                    "Projet de fondation pour équiper les organismes de la Côte-Nord en matériel informatique.",
                    null), VerificationStatus.REJECTED,
                    "Le NEQ indiqué ne correspond pas à la dénomination inscrite au Registraire des entreprises. "
                            + "Corrigez votre fiche, puis elle nous reviendra automatiquement.",
                    false));

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

    private final OrganisationRepository organisations;
    private final AccountService accounts;
    private final Validator validator;
    private final Clock clock;

    DemoOrganisations(OrganisationRepository organisations, AccountService accounts, Validator validator,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.validator = validator;
        this.clock = clock;
    }

    private static DemoOrganisation verified(OrganisationProfile profile, boolean demoAccountIsAdministrator) {
        return new DemoOrganisation(profile, VerificationStatus.VERIFIED, null, demoAccountIsAdministrator);
    }

    private static DemoOrganisation pending(OrganisationProfile profile) {
        return new DemoOrganisation(profile, VerificationStatus.PENDING, null, false);
    }

    @Override
    public int demoOrder() {
        return 10;
    }

    @Override
    public void createDemoData() {
        String coordinatorId = accounts.findByEmail(DEMO_COORDINATOR_EMAIL).map(UserSummary::id).orElse(null);
        Optional<String> demoMember = accounts.findByEmail(DEMO_OSBL_EMAIL).map(UserSummary::id)
                .filter(id -> !organisations.existsByMembers(id));
        for (DemoOrganisation demo : ORGANISATIONS) {
            if (organisations.existsByNeq(Organisation.normaliseNeq(demo.profile().neq()))) {
                continue;
            }
            var violations = validator.validate(demo.profile());
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Invalid demo organisation " + demo.profile().legalName() + ": "
                        + violations);
            }
            String administrator = demo.demoAccountIsAdministrator() ? demoMember.orElse(null) : null;
            Organisation organisation = new Organisation(demo.profile(), administrator);
            switch (demo.status()) {
                case VERIFIED -> organisation.verify(coordinatorId, clock.instant());
                case REJECTED -> organisation.reject(demo.rejectionReason(), coordinatorId, clock.instant());
                case PENDING -> { }
            }
            organisations.save(organisation);
            log.info("Demo organisation {} ({})", demo.profile().legalName(), demo.status());
        }
    }
}
