package org.jumelage.training.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jumelage.accounts.AccountService;
import org.jumelage.accounts.DemoAccountFactory;
import org.jumelage.accounts.Role;
import org.jumelage.accounts.SystemActor;
import org.jumelage.accounts.UserSummary;
import org.jumelage.organisations.OrganisationDirectory;
import org.jumelage.shared.demo.DemoDataContributor;
import org.jumelage.training.StarterCourses;
import org.jumelage.training.TrainingRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo training: the six starter courses, published; every demo OSBL member who belongs to an
 * organisation completed the scoping course (so the demo organisations' projects respect the
 * submission rule) and the AI course, and is halfway through the impact course; every second demo
 * volunteer completed the privacy course, every third the ethics course, and a few more are halfway
 * through it. Completions are spread over the past thirteen months, so that the dashboards show
 * course completions month by month (each completion has its certificate).
 */
@Component
class DemoTraining implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final StarterCourses starter;
    private final CourseStore store;
    private final AccountService accounts;
    private final OrganisationDirectory organisations;
    private final SystemActor system;
    private final Clock clock;

    DemoTraining(StarterCourses starter, CourseStore store, AccountService accounts,
            OrganisationDirectory organisations, SystemActor system, Clock clock) {
        this.starter = starter;
        this.system = system;
        this.store = store;
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public int demoOrder() {
        return 45;
    }

    @Override
    public void createDemoData() {
        int installed = system.call(starter::installAll);
        int completions = 0;
        for (UserSummary u : demo(Role.OSBL_MEMBER)) {
            if (organisations.ofMember(u.id()).isPresent()) {
                completions += complete(u.id(), TrainingRecords.SCOPING_COURSE, 40) ? 1 : 0;
                completions += complete(u.id(), AI_COURSE, 230) ? 1 : 0;
                halfway(u.id(), IMPACT_COURSE, 12);
            }
        }
        List<UserSummary> volunteers = demo(Role.VOLUNTEER);
        for (int i = 0; i < volunteers.size(); i++) {
            String id = volunteers.get(i).id();
            if (i % 2 == 0 && complete(id, TrainingRecords.PRIVACY_COURSE, 15 + (i * 37) % 380)) {
                completions++;
            }
            if (i % 3 == 0 && complete(id, ETHICS_COURSE, 25 + (i * 53) % 370)) {
                completions++;
            } else if (i % 7 == 1) {
                halfway(id, ETHICS_COURSE, 5 + i);
            }
        }
        log.info("Demo training: {} starter courses installed, {} completions recorded", installed, completions);
    }

    static final String AI_COURSE = "ai-possibilities-limits";
    static final String ETHICS_COURSE = "ethics-automation-jobs";
    static final String IMPACT_COURSE = "measuring-social-impact";

    /** An enrolment some days ago with the first half of the lessons read and no quiz yet. */
    private void halfway(String userId, String code, int daysAgo) {
        if (store.enrolments().findByUserIdAndCourseCode(userId, code).isPresent()) {
            return;
        }
        Course course = store.published(code).orElse(null);
        if (course == null) {
            return;
        }
        var at = clock.instant().minus(Duration.ofDays(daysAgo));
        Enrolment e = new Enrolment(userId, code, course.getId(), course.getRevision(), at);
        List<String> lessons = List.copyOf(course.getContent().lessonKeys());
        lessons.subList(0, (lessons.size() + 1) / 2).forEach(e::markRead);
        store.enrolments().insert(e);
    }

    private List<UserSummary> demo(Role role) {
        return accounts.withRole(role).stream().filter(u -> u.email().endsWith(DemoAccountFactory.DEMO_DOMAIN))
                .toList();
    }

    /** A completed enrolment, every lesson read and quiz passed with full marks, some days ago. */
    private boolean complete(String userId, String code, int daysAgo) {
        if (store.enrolments().findByUserIdAndCourseCode(userId, code).isPresent()) {
            return false;
        }
        Course course = store.published(code).orElse(null);
        if (course == null) {
            return false;
        }
        var at = clock.instant().minus(Duration.ofDays(daysAgo));
        Enrolment e = new Enrolment(userId, code, course.getId(), course.getRevision(), at.minus(Duration.ofDays(2)));
        course.getContent().lessonKeys().forEach(e::markRead);
        course.getContent().quizModuleKeys().forEach(k -> e.recordAttempt(k, 100, true, at));
        e.complete(at);
        store.enrolments().insert(e);
        return true;
    }
}
