package org.jumelage.training;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jumelage.training.internal.CourseRules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes a course as one bundle file: YAML (JSON is valid YAML too) with a
 * {@code format: jumelage-course/1} line and the course under {@code course}. Reading is strict:
 * an unknown field, a wrong type or a course that could not be published is refused with a message
 * saying where, before anything is stored.
 */
public final class CourseBundles {

    public static final String FORMAT = "jumelage-course/1";
    public static final int MAX_BYTES = 1_000_000;

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    /** The file's top level. */
    public record Bundle(String format, CourseContent course) {
    }

    private CourseBundles() {
    }

    /**
     * The course of a bundle file, checked as for publication.
     *
     * @throws TrainingException {@code training.bundle.*} or a content rule's message
     */
    public static CourseContent read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new TrainingException("file", "training.bundle.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TrainingException("file", "training.bundle.tooLarge");
        }
        Bundle bundle;
        try {
            bundle = YAML.readValue(bytes, Bundle.class);
        } catch (JsonMappingException e) {
            throw TrainingException.withArguments("training.bundle.malformed", where(e), shortMessage(e));
        } catch (JsonProcessingException e) {
            throw TrainingException.withArguments("training.bundle.malformed", where(e), shortMessage(e));
        } catch (IOException e) {
            throw new TrainingException("file", "training.bundle.unreadable");
        }
        if (bundle == null || !FORMAT.equals(bundle.format())) {
            throw new TrainingException("file", "training.bundle.format");
        }
        if (bundle.course() == null) {
            throw new TrainingException("file", "training.bundle.noCourse");
        }
        CourseRules.checkPublishable(bundle.course());
        return bundle.course();
    }

    public static byte[] write(CourseContent content) {
        try {
            return YAML.writeValueAsBytes(new Bundle(FORMAT, content));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same course as JSON, for tools that prefer it. */
    public static byte[] writeJson(CourseContent content) {
        try {
            return JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Bundle(FORMAT, content));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One quiz in the bundle format, for editing on its own. */
    public static byte[] writeQuiz(CourseContent.Quiz quiz) {
        try {
            return YAML.writeValueAsBytes(quiz);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws TrainingException {@code training.bundle.malformed} with where */
    public static CourseContent.Quiz readQuiz(String text) {
        try {
            return YAML.readValue(text, CourseContent.Quiz.class);
        } catch (JsonProcessingException e) {
            throw TrainingException.withArguments("training.bundle.malformed", where(e), shortMessage(e));
        }
    }

    private static String where(JsonProcessingException e) {
        var location = e.getLocation();
        String path = e instanceof JsonMappingException m ? m.getPathReference() : "";
        String line = location == null ? "?" : String.valueOf(location.getLineNr());
        return path == null || path.isBlank() ? line : line + " (" + path.replaceAll("[^\\w\\[\\].\"-]", "") + ")";
    }

    private static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "";
        }
        m = m.lines().findFirst().orElse("");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
