package cn.partybuilding.volunteer.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a mainland mobile number or an 18-digit resident ID number in a public text, however it is
 * written: full-width or other digits, and spaces, dashes or dots between the digits
 * ({@code 138 1234 5678}, {@code １３８１２３４５６７８}, {@code 374447 198001016516}). Digits that
 * run on into others ({@code 2025年5月1日}, a 6-digit postcode) are ordinary text.
 */
public final class PersonalNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final int LONGEST = 18;
    /** What people type between groups of digits, after NFKC (which turns full-width space, dash and dot into these). */
    private static final String SEPARATORS = " \t\u00A0-.\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\u00B7";

    private PersonalNumbers() {
    }

    /** Whether the text holds a mobile or resident ID number; false for null. */
    public static boolean appearIn(String text) {
        if (text == null) {
            return false;
        }
        for (List<String> groups : digitGroups(asciiDigits(text))) {
            if (anyRunForms(groups)) {
                return true;
            }
        }
        return false;
    }

    /** NFKC folds full-width digits, letters and punctuation; digits of other scripts become ASCII. */
    private static String asciiDigits(String text) {
        StringBuilder folded = new StringBuilder(Normalizer.normalize(text, Normalizer.Form.NFKC));
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isDigit(c)) {
                folded.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            } else if (c == 'x') {
                folded.setCharAt(i, 'X');
            }
        }
        return folded.toString();
    }

    /**
     * The text's numbers, each as its groups of digits: groups joined only by separators belong to
     * one number; an ID number's closing X ends its group.
     */
    private static List<List<String>> digitGroups(String text) {
        List<List<String>> numbers = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i)) {
                i++;
                continue;
            }
            int start = i;
            while (isDigit(text, i)) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == 'X') {
                i++;
            }
            groups.add(text.substring(start, i));
            int next = i;
            while (next < text.length() && SEPARATORS.indexOf(text.charAt(next)) >= 0) {
                next++;
            }
            boolean continues = next > i && isDigit(text, next) && !groups.get(groups.size() - 1).endsWith("X");
            if (!continues) {
                numbers.add(groups);
                groups = new ArrayList<>();
            }
            i = next;
        }
        return numbers;
    }

    private static boolean isDigit(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** Whether consecutive groups, joined, form a whole number: a prefix such as 86 or a year before it does not hide it. */
    private static boolean anyRunForms(List<String> groups) {
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder joined = new StringBuilder();
            for (int last = first; last < groups.size() && joined.length() + groups.get(last).length() <= LONGEST; last++) {
                joined.append(groups.get(last));
                if (isPersonalNumber(joined)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPersonalNumber(CharSequence number) {
        String withoutX = number.charAt(number.length() - 1) == 'X' ? number.subSequence(0, number.length() - 1).toString() : null;
        return RESIDENT_ID.matcher(number).matches() || MOBILE.matcher(number).matches()
                || (withoutX != null && MOBILE.matcher(withoutX).matches());
    }
}
