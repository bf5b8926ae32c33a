package org.diplograph.events;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a timeline as a diverging bar chart: per period, cooperation stacked up from the axis
 * (verbal light, material dark green) and conflict down (verbal orange, material red). One drawing,
 * two targets: SVG written as text (no library, byte-identical for identical input) and PNG through
 * Java2D, so no external tool is needed.
 */
public final class TimelineChart {
  private static final String[] COLOURS = {"#a6d96a", "#1a9641", "#fdae61", "#d7191c"};
  private static final int BAR = 26;
  private static final int GAP = 8;
  private static final int LEFT = 56;
  private static final int TOP = 56;
  private static final int HALF = 150;
  private static final int BOTTOM = 110;

  private final Timeline timeline;
  private final String labelA;
  private final String labelB;

  public TimelineChart(Timeline timeline, String labelA, String labelB) {
    this.timeline = timeline;
    this.labelA = labelA;
    this.labelB = labelB;
  }

  /** What a chart is drawn on. */
  private interface Canvas {
    void rect(double x, double y, double w, double h, String colour);

    void line(double x1, double y1, double x2, double y2, String colour);

    /** Text at (x, y); anchor start, middle or end; rotated by {@code angle} degrees around (x, y). */
    void text(double x, double y, String text, int size, String anchor, int angle);
  }

  public int width() {
    return Math.max(620, LEFT + Math.max(1, timeline.rows().size()) * (BAR + GAP) + 220);
  }

  public int height() {
    return TOP + 2 * HALF + BOTTOM;
  }

  private void draw(Canvas c) {
    List<Timeline.Row> rows = timeline.rows();
    int max = Math.max(1, rows.stream().mapToInt(r -> Math.max(r.cooperation(), r.conflict())).max().orElse(1));
    double unit = (double) (HALF - 10) / max;
    double axis = TOP + HALF;
    double right = LEFT + Math.max(1, rows.size()) * (BAR + GAP);
    c.rect(0, 0, width(), height(), "#ffffff");
    c.text(LEFT, 24, labelA + " – " + labelB + ": events per " + timeline.period().lower(), 16, "start", 0);
    c.text(LEFT, 42, "cooperation up, conflict down; each event counted once, however many articles report it", 11,
        "start", 0);
    int step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : 10;
    for (int v = step; v <= max; v += step) {
      c.line(LEFT - 4, axis - v * unit, right, axis - v * unit, "#eeeeee");
      c.line(LEFT - 4, axis + v * unit, right, axis + v * unit, "#eeeeee");
      c.text(LEFT - 8, axis - v * unit + 4, Integer.toString(v), 10, "end", 0);
      c.text(LEFT - 8, axis + v * unit + 4, Integer.toString(v), 10, "end", 0);
    }
    for (int i = 0; i < rows.size(); i++) {
      Timeline.Row r = rows.get(i);
      double x = LEFT + GAP / 2.0 + i * (BAR + GAP);
      double up = axis;
      for (int q = 0; q < 2; q++) {
        double h = r.quads()[q] * unit;
        c.rect(x, up - h, BAR, h, COLOURS[q]);
        up -= h;
      }
      double down = axis;
      for (int q = 2; q < 4; q++) {
        double h = r.quads()[q] * unit;
        c.rect(x, down, BAR, h, COLOURS[q]);
        down += h;
      }
      c.text(x + BAR / 2.0 + 4, axis + HALF + 12, r.period(), 10, "end", -60);
    }
    c.line(LEFT - 4, axis, right, axis, "#333333");
    c.text(LEFT - 40, axis - HALF / 2.0, "cooperation", 11, "middle", -90);
    c.text(LEFT - 40, axis + HALF / 2.0, "conflict", 11, "middle", -90);
    double lx = right + 20;
    for (int q = 0; q < 4; q++) {
      double ly = TOP + 20 + q * 22;
      c.rect(lx, ly - 11, 14, 14, COLOURS[q]);
      c.text(lx + 20, ly, Timeline.QUADS.get(q), 11, "start", 0);
    }
    if (rows.isEmpty()) {
      c.text(LEFT + 10, axis - 10, "no events between these actors", 12, "start", 0);
    }
  }

  public String svg() {
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width()).append("\" height=\"")
        .append(height()).append("\" viewBox=\"0 0 ").append(width()).append(' ').append(height())
        .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    draw(new Canvas() {
      @Override
      public void rect(double x, double y, double w, double h, String colour) {
        if (h > 0 && w > 0) {
          out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
              x, y, w, h, colour));
        }
      }

      @Override
      public void line(double x1, double y1, double x2, double y2, String colour) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
            x1, y1, x2, y2, colour));
      }

      @Override
      public void text(double x, double y, String text, int size, String anchor, int angle) {
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\"%s>%s</text>%n",
            x, y, size, anchor, angle == 0 ? "" : String.format(Locale.ROOT, " transform=\"rotate(%d %.1f %.1f)\"", angle, x, y),
            escape(text)));
      }
    });
    return out.append("</svg>\n").toString();
  }

  public void writeSvg(OutputStream out) throws IOException {
    out.write(svg().getBytes(StandardCharsets.UTF_8));
  }

  public void writePng(OutputStream out) throws IOException {
    BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setStroke(new BasicStroke(1f));
    draw(new Canvas() {
      @Override
      public void rect(double x, double y, double w, double h, String colour) {
        g.setColor(Color.decode(colour));
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
      }

      @Override
      public void line(double x1, double y1, double x2, double y2, String colour) {
        g.setColor(Color.decode(colour));
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
      }

      @Override
      public void text(double x, double y, String text, int size, String anchor, int angle) {
        AffineTransform saved = g.getTransform();
        g.setColor(Color.decode("#222222"));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
        g.rotate(Math.toRadians(angle), x, y);
        int w = g.getFontMetrics().stringWidth(text);
        double start = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2.0 : x;
        g.drawString(text, (float) start, (float) y);
        g.setTransform(saved);
      }
    });
    g.dispose();
    if (!ImageIO.write(image, "png", out)) {
      throw new UncheckedIOException(new IOException("no PNG writer in this Java runtime"));
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
