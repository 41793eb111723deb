package io.claimline.billing.pdf;

import io.claimline.platform.kernel.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** How billing's printed documents write amounts and dates, and fit text to the standard fonts. */
public final class PdfText {

    public static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    /** Smallest size an amount is shrunk to before it is printed over its neighbour rather than cut. */
    private static final float SMALLEST = 5;

    private PdfText() {
    }

    /**
     * {@code $1,234.56}, or {@code -$12.00} below zero. DecimalFormat formats a BigDecimal from its digits (never
     * through a double), and UNNECESSARY makes a stray third decimal fail loudly instead of rounding.
     */
    public static String dollars(Money money) {
        DecimalFormat format = new DecimalFormat("$#,##0.00;-$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(money.amount());
    }

    public static String usDate(LocalDate date) {
        return US_DATE.format(date);
    }

    /** The standard fonts speak WinAnsi only: anything else (and control characters) prints as '?'. */
    public static String safe(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    public static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut at the end until it fits {@code width}. */
    public static String fit(PDType1Font font, float size, String text, float width) {
        String fitted = text;
        while (!fitted.isEmpty() && width(font, size, fitted) > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted;
    }

    /** The size, at most {@code size}, at which the text fits {@code width} (never below a legible minimum). */
    public static float sizeToFit(PDType1Font font, float size, String text, float width) {
        float fitted = size;
        while (fitted > SMALLEST && width(font, fitted, text) > width) {
            fitted -= 0.5f;
        }
        return fitted;
    }

    /** Words in lines no wider than {@code width}; a single longer word keeps a line to itself. */
    public static List<String> wrap(PDType1Font font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
