package io.claimline.billing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Letter pages of text, top to bottom, with PDFBox's standard fonts, shared by billing's printed documents
 * (good-faith estimates, patient statements). Flowing text starts a new page when one is full; absolute text, boxes
 * and lines go exactly where asked. Text the standard fonts cannot show prints as '?' ({@link PdfText#safe}), so a
 * name in another script never stops a print.
 */
public final class PdfWriter {

    public static final PDRectangle PAGE = PDRectangle.LETTER;
    public static final float LEADING = 13;
    public static final float SIZE = 9.5f;

    /**
     * One column of a table: where it starts (from the left margin), how wide it is, which side it keeps, and
     * whether text too wide for it is cut or printed smaller. Amounts and codes are never cut: a printed amount is
     * always the whole amount.
     */
    public record Column(float offset, float width, boolean alignRight, boolean whole) {

        /** Left-aligned text, cut to the column. */
        public static Column left(float offset, float width) {
            return new Column(offset, width, false, false);
        }

        /** Left-aligned text printed smaller rather than cut (codes). */
        public static Column leftWhole(float offset, float width) {
            return new Column(offset, width, false, true);
        }

        /** Right-aligned and never cut (amounts). */
        public static Column right(float offset, float width) {
            return new Column(offset, width, true, true);
        }
    }

    /** Draws on one page of a finished document, e.g. "Page 2 of 5"; see {@link #stampPages}. */
    @FunctionalInterface
    public interface PageStamp {
        void draw(int pageNumber, int pageCount) throws IOException;
    }

    private final PDDocument document;
    private final float margin;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    public PdfWriter(PDDocument document, float margin) throws IOException {
        this.document = document;
        this.margin = margin;
        newPage();
    }

    public PDType1Font regular() {
        return regular;
    }

    public PDType1Font bold() {
        return bold;
    }

    public float margin() {
        return margin;
    }

    /** The baseline the next flowing line is written on. */
    public float y() {
        return y;
    }

    public void moveTo(float baseline) {
        y = baseline;
    }

    /** Height left on this page for flowing lines, the current one included, in points. */
    public float room() {
        return y - margin;
    }

    /** Starts a new page unless {@code height} points still fit on this one; true when it started one. */
    public boolean ensureRoom(float height) throws IOException {
        if (room() >= height) {
            return false;
        }
        newPage();
        return true;
    }

    public void title(String text) throws IOException {
        line(bold, 16, text);
        y -= LEADING;
    }

    public void heading(String text) throws IOException {
        flowing(bold, 11, margin, text);
        y -= LEADING + 2;
    }

    public void text(String text) throws IOException {
        line(regular, SIZE, text);
    }

    /** One line at the left margin in the given font, then down one line. */
    public void line(PDType1Font font, float size, String text) throws IOException {
        flowing(font, size, margin, text);
        y -= LEADING;
    }

    public void gap() {
        y -= LEADING / 2;
    }

    /** A paragraph broken into lines that fit between the margins. */
    public void wrapped(String text) throws IOException {
        for (String line : PdfText.wrap(regular, SIZE, PdfText.safe(regular, text), PAGE.getWidth() - 2 * margin)) {
            text(line);
        }
    }

    /** One table row at the current line, each cell fitted to its column as the column says. */
    public void row(List<Column> columns, boolean header, float size, String... cells) throws IOException {
        row(columns, header, size, LEADING, cells);
    }

    /** A table row followed by {@code leading} points instead of the usual line distance (dense tables). */
    public void row(List<Column> columns, boolean header, float size, float leading, String... cells)
            throws IOException {
        if (cells.length > columns.size()) {
            throw new IllegalArgumentException("more cells than columns");
        }
        PDType1Font font = header ? bold : regular;
        if (y < margin + LEADING) {
            newPage();
        }
        for (int i = 0; i < cells.length; i++) {
            Column column = columns.get(i);
            String cell = PdfText.safe(font, cells[i] == null ? "" : cells[i]);
            float fitted = column.whole() ? PdfText.sizeToFit(font, size, cell, column.width()) : size;
            String text = column.whole() ? cell : PdfText.fit(font, size, cell, column.width());
            if (column.alignRight()) {
                showRight(font, fitted, margin + column.offset() + column.width(), y, text);
            } else {
                show(font, fitted, margin + column.offset(), y, text);
            }
        }
        y -= leading;
    }

    /** Text at a fixed place on the current page, never moving to another page. */
    public void show(PDType1Font font, float size, float x, float baseline, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(PdfText.safe(font, text));
        stream.endText();
    }

    /** Text that ends at {@code rightX}, at a fixed place on the current page. */
    public void showRight(PDType1Font font, float size, float rightX, float baseline, String text) throws IOException {
        String safe = PdfText.safe(font, text);
        show(font, size, rightX - PdfText.width(font, size, safe), baseline, safe);
    }

    public void box(float x, float bottom, float width, float height) throws IOException {
        stream.setLineWidth(0.75f);
        stream.addRect(x, bottom, width, height);
        stream.stroke();
    }

    public void rule(float fromX, float baseline, float toX, boolean dashed) throws IOException {
        stream.setLineWidth(dashed ? 0.75f : 0.5f);
        stream.setLineDashPattern(dashed ? new float[] {4, 3} : new float[0], 0);
        stream.moveTo(fromX, baseline);
        stream.lineTo(toX, baseline);
        stream.stroke();
        stream.setLineDashPattern(new float[0], 0);
    }

    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - margin;
    }

    /**
     * Once every page exists: draws on each one in turn (with {@link #show} and friends), so pages can say
     * "page N of M". Nothing can be added after this but more stamps.
     */
    public void stampPages(PageStamp stamp) throws IOException {
        closeStream();
        int count = document.getNumberOfPages();
        List<PDPage> pages = new ArrayList<>();
        document.getPages().forEach(pages::add);
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream append = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = append;
                stamp.draw(i + 1, count);
            } finally {
                stream = null;
            }
        }
    }

    /** Ends the last page and answers the whole document. */
    public byte[] toBytes() throws IOException {
        closeStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void flowing(PDType1Font font, float size, float x, String text) throws IOException {
        if (y < margin + LEADING) {
            newPage();
        }
        show(font, size, x, y, text);
    }
}
