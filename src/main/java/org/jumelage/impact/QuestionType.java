package org.jumelage.impact;

/** The kinds of programme question: a 1–5 scale, yes or no, or free text. */
public enum QuestionType {
    SCALE,
    YES_NO,
    TEXT;

    public String translationKey() {
        return "programme.questionType." + name();
    }

    /** Whether a stored answer fits this type (a blank answer is handled by the caller). */
    public boolean accepts(String answer) {
        return switch (this) {
            case SCALE -> answer.matches("[1-5]");
            case YES_NO -> answer.equals("YES") || answer.equals("NO");
            case TEXT -> answer.length() <= SurveyAnswers.MAX_TEXT;
        };
    }
}
