package org.jumelage.impact;

import java.util.Locale;

/**
 * A question a programme adds after the standard survey, in both languages. A retired question is
 * no longer put to new evaluations; evaluations that already carry it keep it.
 */
public record ProgrammeQuestion(String id, String programmeId, String textFr, String textEn, QuestionType type,
        boolean retired) {

    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textFr;
    }
}
