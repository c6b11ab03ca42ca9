package org.jumelage.training;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jumelage.accounts.SystemActor;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.training.CourseContent.Choice;
import org.jumelage.training.CourseContent.CourseModule;
import org.jumelage.training.CourseContent.Lesson;
import org.jumelage.training.CourseContent.Question;
import org.jumelage.training.CourseContent.Quiz;
import org.springframework.beans.factory.annotation.Autowired;

/** Courses written for tests, and the training services. */
public abstract class TrainingTestSupport extends OrganisationsTestSupport {

    @Autowired
    protected CourseAuthoring authoring;
    @Autowired
    protected Learning learning;
    @Autowired
    protected TrainingRecords records;
    @Autowired
    protected Certificates certificates;
    @Autowired
    protected StarterCourses starter;
    @Autowired
    protected TrainingReports reports;
    @Autowired
    private SystemActor system;

    /** Installs the starter courses as the platform does at start-up; the number installed. */
    protected int installStarterCourses() {
        return system.call(starter::installAll);
    }

    protected static Bilingual b(String text) {
        return new Bilingual(text + " (fr)", text + " (en)");
    }

    /** Two modules: two lessons and a two-question quiz, then one lesson and a one-question quiz. */
    protected static CourseContent course(String code, int maxAttempts, String... skills) {
        Quiz first = new Quiz(50, List.of(
                new Question("q1", b("Single"), false, List.of(
                        new Choice("a", b("Right"), true, b("Because")),
                        new Choice("b", b("Wrong"), false, b("Because not")))),
                new Question("q2", b("Multiple"), true, List.of(
                        new Choice("a", b("Right 1"), true, b("Yes")),
                        new Choice("b", b("Right 2"), true, b("Yes too")),
                        new Choice("c", b("Wrong"), false, b("No"))))));
        Quiz second = new Quiz(100, List.of(new Question("q3", b("Only"), false, List.of(
                new Choice("a", b("Right"), true, b("Yes")), new Choice("b", b("Wrong"), false, b("No"))))));
        return new CourseContent(code, b("Course " + code), b("Summary"), Audience.OSBL_STAFF, 30,
                CourseLevel.INTRODUCTORY, List.of("fr", "en"), List.of(skills), maxAttempts, List.of(
                        new CourseModule("m1", b("Module 1"), List.of(new Lesson("l1", b("Lesson 1"), b("Body **1**")),
                                new Lesson("l2", b("Lesson 2"), b("Body 2"))), first),
                        new CourseModule("m2", b("Module 2"), List.of(new Lesson("l3", b("Lesson 3"), b("Body 3"))),
                                second)));
    }

    protected static String newCode() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** All right answers for the test course's quizzes. */
    protected static final Map<String, Set<String>> RIGHT_M1 = Map.of("q1", Set.of("a"), "q2", Set.of("a", "b"));
    protected static final Map<String, Set<String>> RIGHT_M2 = Map.of("q3", Set.of("a"));

    /** Publishes a new course as the coordinator; the caller signs in again as needed. */
    protected CourseVersion published(Person coordinator, CourseContent content) {
        signIn(coordinator);
        CourseVersion draft = authoring.create(content);
        return authoring.publish(draft.id(), draft.version());
    }
}
