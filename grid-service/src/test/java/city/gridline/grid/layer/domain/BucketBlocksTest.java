package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BucketBlocksTest {

    /**
     * The blocks are only a shorter way of keeping the words: every bucket's word comes back as it was given, so the
     * look-ups answer as they did from a word per bucket. Here on a raster whose sides are no multiple of the
     * block's, with every kind of word, cells spread so that some blocks name more cells than they have slots
     * and have more chords and candidate words than codes.
     */
    @Test
    void givesBackEveryBucketsWordOfEveryKind() {
        SplittableRandom random = new SplittableRandom(20261124);
        int columns = 8 * 7 + 5;
        int rows = 8 * 5 + 3;
        long[] words = new long[columns * rows];
        for (int bucket = 0; bucket < words.length; bucket++) {
            // few cells in most blocks, many in the blocks of the raster's last row
            int spread = bucket / columns >= 40 ? 40 : 3 + bucket / columns / 8;
            words[bucket] = switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> BucketTable.word(BucketTable.NONE, BucketTable.NONE, cell(random, spread));
                case 4, 5 -> BucketTable.chordWord(cell(random, spread), cell(random, spread),
                        random.nextInt(1 << BucketChord.BITS));
                case 6, 7 -> BucketTable.word(cell(random, spread), cell(random, spread), cell(random, spread));
                case 8 -> BucketTable.word(random.nextInt(spread), BucketTable.NONE, BucketTable.MAX_INLINE_CELL);
                default -> BucketTable.listWord(random.nextInt(1 << 20));
            };
        }

        BucketBlocks blocks = BucketBlocks.of(columns, rows, words);

        List<String> differences = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (blocks.word(column, row) != words[row * columns + column]) {
                    differences.add("bucket " + column + ", " + row);
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(blocks.bucketsWithoutWord()).as("buckets answered from the blocks")
                .isBetween(words.length / 3, words.length - words.length / 10);
        assertThat(blocks.words().length).isLessThan(words.length);
    }

    @Test
    void keepsAFullWordOnlyForAFewOfChaoyangsBuckets() {
        List<Cell> cells = ChaoyangFixture.LAYER.cells().stream().sorted(Comparator.comparing(Cell::code)).toList();
        CellRings rings = CellRings.of(cells.stream().map(Cell::geometry).toList());
        double[] envelope = rings.envelope();
        BucketRaster raster = BucketRaster.over(envelope[0], envelope[1], envelope[2], envelope[3],
                (long) cells.size() * CellIndex.BUCKETS_PER_CELL);

        BucketTable table = BucketTableBuilder.build(rings, raster);

        assertThat(table.bucketsWithoutWord()).as("of %d buckets", table.bucketCount())
                .isGreaterThan(table.bucketCount() * 3 / 4);
    }

    /** None (one time in five) or one of the first {@code spread} cells. */
    private static int cell(SplittableRandom random, int spread) {
        return random.nextInt(5) == 0 ? BucketTable.NONE : random.nextInt(spread);
    }

    @Test
    void answersAnEmptyRasterEdgeWithoutReadingPastTheWords() {
        long[] words = new long[3 * 2];
        Arrays.fill(words, BucketTable.word(BucketTable.NONE, BucketTable.NONE, 7));
        words[4] = BucketTable.listWord(0);

        BucketBlocks blocks = BucketBlocks.of(3, 2, words);

        assertThat(blocks.word(1, 1)).isEqualTo(BucketTable.listWord(0));
        assertThat(blocks.word(2, 1)).isEqualTo(words[5]);
        assertThat(blocks.words()).containsExactly(BucketTable.listWord(0));
    }
}
