package city.gridline.bench.load;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The run as a picture, drawn with Java2D (headless): above, reports sent, accepted and dispatched each second;
 * below, the p50/p95/p99 of acceptance → dispatched of the reports accepted in each window.
 */
final class LoadPlot {

    private static final int WIDTH = 1200;
    private static final int PANEL = 330;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xd62728)};

    private LoadPlot() {
    }

    static void write(LoadResults results, String title, Path png) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL + 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 24);
        int seconds = results.sentEachSecond.length;
        double[][] rates = {toDouble(results.sentEachSecond), toDouble(results.acceptedEachSecond),
                toDouble(results.decidedEachSecond)};
        panel(g, 40, "reports per second", seconds, rates, new String[] {"sent", "accepted (2xx)",
                "dispatched/transferred"}, 1, results.seconds);
        List<LoadResults.Window> windows = results.windows;
        double[][] latencies = {
                series(windows, w -> w.acceptedToDecided().p50Millis()),
                series(windows, w -> w.acceptedToDecided().p95Millis()),
                series(windows, w -> w.acceptedToDecided().p99Millis())};
        panel(g, 60 + PANEL, "accepted → dispatched, ms (reports accepted in each " + LoadResults.WINDOW_SECONDS
                + " s)", seconds, latencies, new String[] {"p50", "p95", "p99"}, LoadResults.WINDOW_SECONDS, results.seconds);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    /**
     * One panel: x = seconds since the start (each value covers {@code step} seconds), y from 0 to the maximum; a
     * dashed line where the load stopped sending.
     */
    private static void panel(Graphics2D g, int top, String label, int seconds, double[][] lines, String[] names,
                              int step, double sendingEnds) {
        int height = PANEL - 50;
        int bottom = top + 20 + height;
        int width = WIDTH - LEFT - RIGHT;
        double max = 1;
        for (double[] line : lines) {
            for (double value : line) {
                if (!Double.isNaN(value)) {
                    max = Math.max(max, value);
                }
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        g.drawString(label, LEFT, top + 12);
        g.setColor(Color.LIGHT_GRAY);
        for (int tick = 0; tick <= 4; tick++) {
            int y = bottom - tick * height / 4;
            g.drawLine(LEFT, y, LEFT + width, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,.0f", max * tick / 4), 8, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.DARK_GRAY);
        for (int s = 0; s <= seconds; s += Math.max(10, seconds / 12 / 10 * 10)) {
            int x = LEFT + s * width / Math.max(1, seconds);
            g.drawString(s + " s", x - 8, bottom + 15);
        }
        int end = LEFT + (int) (sendingEnds * width / Math.max(1, seconds));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
        g.drawLine(end, top + 20, end, bottom);
        g.drawString("sending ends", end + 4, top + 32);
        g.setStroke(new BasicStroke(2f));
        for (int l = 0; l < lines.length; l++) {
            g.setColor(COLORS[l]);
            int previousX = -1;
            int previousY = -1;
            for (int i = 0; i < lines[l].length; i++) {
                if (Double.isNaN(lines[l][i])) {
                    previousX = -1;
                    continue;
                }
                int x = LEFT + (int) ((i * step + step / 2.0) * width / Math.max(1, seconds));
                int y = bottom - (int) (lines[l][i] / max * height);
                if (previousX >= 0) {
                    g.drawLine(previousX, previousY, x, y);
                }
                previousX = x;
                previousY = y;
            }
            g.drawString(names[l], LEFT + width - 200, top + 30 + 15 * l);
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static double[] toDouble(int[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    private static double[] series(List<LoadResults.Window> windows, ToDoubleFunction<LoadResults.Window> value) {
        return windows.stream().mapToDouble(value).toArray();
    }
}
