package org.jumelage.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.support.IntegrationTestBase;
import org.jumelage.training.CourseStatus;
import org.jumelage.training.TrainingRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data publishes the six starter courses and keeps the demo coherent: the demo OSBL's
 * member completed the scoping course (so its organisation may submit projects), some demo
 * volunteers completed the privacy course; a second run adds nothing.
 */
class DemoTrainingTest extends IntegrationTestBase {

    @Autowired
    List<DemoDataContributor> contributors;
    @Autowired
    CourseRepository courses;
    @Autowired
    EnrolmentRepository enrolments;
    @Autowired
    TrainingRecords records;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationDirectory organisations;

    @Test
    void demo_training_publishes_the_starter_courses_and_clears_the_demo_organisation() {
        // Accounts, organisations, volunteers and training: what the training demo builds on.
        Set<Integer> wanted = Set.of(0, 10, 40, 45);
        List<DemoDataContributor> run = contributors.stream().filter(c -> wanted.contains(c.demoOrder()))
                .sorted(Comparator.comparingInt(DemoDataContributor::demoOrder)).toList();
        run.forEach(DemoDataContributor::createDemoData);
        long enrolled = enrolments.count();
        run.forEach(DemoDataContributor::createDemoData);
        assertThat(enrolments.count()).isEqualTo(enrolled);

        assertThat(courses.findByStatus(CourseStatus.PUBLISHED)).extracting(Course::getCode)
                .contains(TrainingRecords.PRIVACY_COURSE, TrainingRecords.SCOPING_COURSE, "ai-possibilities-limits",
                        "quality-data-governance", "ethics-automation-jobs", "measuring-social-impact");
        String osbl = accounts.findByEmail("osbl@jumelage.demo").orElseThrow().id();
        assertThat(records.hasCompleted(osbl, TrainingRecords.SCOPING_COURSE)).isTrue();
        String organisation = organisations.ofMember(osbl).orElseThrow().id();
        assertThat(records.scopingCleared(organisation)).isTrue();
        assertThat(accounts.withRole(Role.VOLUNTEER).stream()
                .filter(v -> records.hasCompleted(v.id(), TrainingRecords.PRIVACY_COURSE)).count()).isGreaterThan(5);
    }
}
