package org.jumelage.training;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything an author writes about a course; also the shape of a course bundle file (see
 * {@code src/main/resources/training/README.md}).
 *
 * @param languages        the languages the lessons are written in ({@code fr}, {@code en})
 * @param relatedSkills    skill codes of the catalogue that a completion shows as evidenced
 * @param maxQuizAttempts  attempts allowed per quiz; 0 for no limit
 */
public record CourseContent(String code, Bilingual title, Bilingual summary, Audience audience,
        int durationMinutes, CourseLevel level, List<String> languages, List<String> relatedSkills,
        int maxQuizAttempts, List<CourseModule> modules) {

    public CourseContent {
        code = code == null ? "" : code.strip();
        title = title == null ? new Bilingual("", "") : title;
        summary = summary == null ? new Bilingual("", "") : summary;
        languages = languages == null ? List.of() : List.copyOf(languages);
        relatedSkills = relatedSkills == null ? List.of() : List.copyOf(relatedSkills);
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    /** A module: lessons to read, then a quiz to pass. */
    public record CourseModule(String key, Bilingual title, List<Lesson> lessons, Quiz quiz) {
        public CourseModule {
            lessons = lessons == null ? List.of() : List.copyOf(lessons);
        }
    }

    /** A lesson; its body is Markdown. */
    public record Lesson(String key, Bilingual title, Bilingual body) {
    }

    /** @param passMark the lowest passing score, in percent */
    public record Quiz(int passMark, List<Question> questions) {
        public Quiz {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /** @param multiple whether several choices may be right (check boxes) or exactly one (radio buttons) */
    public record Question(String key, Bilingual text, boolean multiple, List<Choice> choices) {
        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    /** @param explanation shown after the attempt, whether the choice was picked or not */
    public record Choice(String key, Bilingual text, boolean correct, Bilingual explanation) {
    }

    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    public Optional<CourseModule> module(String key) {
        return modules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public Optional<Lesson> lesson(String key) {
        return lessons().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The module holding a lesson. */
    public Optional<CourseModule> moduleOf(String lessonKey) {
        return modules.stream().filter(m -> m.lessons().stream().anyMatch(l -> l.key().equals(lessonKey)))
                .findFirst();
    }

    public int lessonCount() {
        return (int) lessons().count();
    }

    public List<String> lessonKeys() {
        return lessons().map(Lesson::key).toList();
    }

    public List<String> quizModuleKeys() {
        return modules.stream().filter(m -> m.quiz() != null && !m.quiz().questions().isEmpty())
                .map(CourseModule::key).toList();
    }
}
