package org.jumelage.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A plain PDF document for reports and attestations, on OpenPDF: Helvetica in the Windows Latin-1
 * encoding (French accents and the typographic apostrophe included), a footer carrying the
 * verification code on every page, headings, labelled values and tables. Texts arrive translated.
 */
public final class PdfSheet {

    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    private static final Font TITLE = font(18, Font.BOLD);
    private static final Font HEADING = font(13, Font.BOLD);
    private static final Font BODY = font(10, Font.NORMAL);
    private static final Font BOLD = font(10, Font.BOLD);
    private static final Font SMALL = font(8, Font.NORMAL);
    private static final Font HEADER = font(8, Font.BOLD);
    private static final Font CODE = font(14, Font.BOLD);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;

    /**
     * @param footer the text in the footer of every page (the page number follows it)
     */
    public PdfSheet(boolean landscape, String title, String language, String footer) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Jumelage");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        HeaderFooter pageFooter = new HeaderFooter(new Phrase(footer + " · ", SMALL), true);
        pageFooter.setAlignment(Element.ALIGN_CENTER);
        pageFooter.setBorder(Rectangle.TOP);
        document.setFooter(pageFooter);
        document.open();
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    public PdfSheet title(String text) {
        Paragraph p = new Paragraph(text, TITLE);
        p.setSpacingAfter(10);
        document.add(p);
        return this;
    }

    public PdfSheet heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        document.add(p);
        return this;
    }

    public PdfSheet paragraph(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setSpacingAfter(4);
        document.add(p);
        return this;
    }

    public PdfSheet note(String text) {
        Paragraph p = new Paragraph(text, SMALL);
        p.setSpacingBefore(6);
        document.add(p);
        return this;
    }

    /** A bold label followed by its value on one line. */
    public PdfSheet field(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + " : ", BOLD));
        p.add(new Chunk(value == null ? "" : value, BODY));
        document.add(p);
        return this;
    }

    /** The verification code, large, with how to check it. */
    public PdfSheet code(String label, String code, String howToCheck) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(12);
        PdfPCell cell = new PdfPCell();
        cell.setPadding(8);
        cell.setBorderColor(Color.GRAY);
        Paragraph first = new Paragraph();
        first.add(new Chunk(label + " : ", BOLD));
        first.add(new Chunk(code, CODE));
        cell.addElement(first);
        cell.addElement(new Paragraph(howToCheck, BODY));
        box.addCell(cell);
        document.add(box);
        return this;
    }

    /**
     * A table with a header row repeated on each page.
     *
     * @param numeric indexes of the columns to align right
     * @param lastRowBold whether the last row is a total
     */
    public PdfSheet table(List<String> headers, List<List<String>> rows, float[] widths, Set<Integer> numeric,
            boolean lastRowBold) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (int i = 0; i < headers.size(); i++) {
            PdfPCell cell = cell(headers.get(i), HEADER, numeric.contains(i));
            cell.setPadding(3);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (int r = 0; r < rows.size(); r++) {
            Font f = lastRowBold && r == rows.size() - 1 ? BOLD : BODY;
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), f, numeric.contains(i)));
            }
        }
        document.add(table);
        return this;
    }

    private static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
