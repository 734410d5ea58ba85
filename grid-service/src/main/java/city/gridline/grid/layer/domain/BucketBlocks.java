package city.gridline.grid.layer.domain;

import java.util.Arrays;

/**
 * Where a {@link BucketTable} keeps its words: half a byte per bucket for the buckets that need no full word (the
 * ones no boundary enters, those a single straight edge crosses, and most of those that name one or two candidate
 * cells: about 85 % of them), a full word only for the others.
 *
 * <p>Why: a word per bucket is 8 bytes, 128 MB at half a million cells, far beyond the processor's caches, so on a
 * large layer every look-up waited for a read from main memory before anything else, even where its word only
 * said "cell c". Here the buckets go in blocks of {@value #SIDE} x {@value #SIDE} (about two cells at 32 buckets a
 * cell), and a block is {@value #STRIDE} ints: one int per row of the block with a 4-bit code per bucket,
 * {@value #SLOTS} cells (or none: the block's commonest), and where the block's entries and its full words begin.
 * Code 1 to {@value #SLOTS} is "this slot's cell"; code {@value #SLOTS} + 1 + k is the block's k-th entry, one int
 * in {@code entries}: a chord and the slots of the cells left and right of it, or the slots of a word's first and
 * second candidate and answer (such entries shared by the block's buckets that have the same); code 0 is a full
 * word in {@code words}, the block's full words in bucket order, so its index is the block's first plus the number
 * of codes 0 before it in the block. A bucket whose cells are not in the slots, or past the block's
 * {@value #ENTRIES} entries, or with a list of candidates, keeps its full word: the choice costs bytes, never
 * answers, since {@link #word} gives back every bucket's word as it was given.
 *
 * <p>At half a million cells the blocks take about 15 MB, the entries about 8 MB and the full words about 23 MB
 * (instead of 128 MB): most look-ups read one block and at most one entry, close to the size of the last-level
 * cache, and only the candidates' vertices (70 MB) and the few full words lie far beyond it.
 */
final class BucketBlocks {

    private static final int SIDE_BITS = 3;
    static final int SIDE = 1 << SIDE_BITS;
    static final int SLOTS = 4;
    private static final int CODE_BITS = 4;
    private static final int CODE_MASK = (1 << CODE_BITS) - 1;
    static final int ENTRIES = CODE_MASK - SLOTS;
    private static final int SLOT_BITS = 2;
    private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;
    private static final int CHORD_MASK = (1 << BucketChord.BITS) - 1;
    private static final int OPTIONAL_SLOT_BITS = 3;
    private static final int OPTIONAL_SLOT_MASK = (1 << OPTIONAL_SLOT_BITS) - 1;
    private static final int CANDIDATES_FLAG = 1 << 30;
    private static final int FIRST_SLOT = SIDE;
    private static final int FIRST_ENTRY = FIRST_SLOT + SLOTS;
    private static final int FIRST_WORD = FIRST_ENTRY + 1;
    private static final int STRIDE = FIRST_WORD + 1;
    private static final int IN_BLOCK = SIDE - 1;

    private final int columns;
    private final int rows;
    private final int[] blocks;
    private final int blockColumns;
    private final int[] entries;
    private final long[] words;

    private BucketBlocks(int columns, int rows, int[] blocks, int blockColumns, int[] entries, long[] words) {
        this.columns = columns;
        this.rows = rows;
        this.blocks = blocks;
        this.blockColumns = blockColumns;
        this.entries = entries;
        this.words = words;
    }

    /** @param words every bucket's word, row by row, as {@link BucketTableBuilder} makes them */
    static BucketBlocks of(int columns, int rows, long[] words) {
        return new Builder(columns, rows, words).build();
    }

    /** The word of the bucket, as it was given. */
    long word(int column, int row) {
        int at = ((row >>> SIDE_BITS) * blockColumns + (column >>> SIDE_BITS)) * STRIDE;
        int codes = blocks[at + (row & IN_BLOCK)];
        int code = codes >>> codeShift(column) & CODE_MASK;
        if (code == 0) {
            return words[wordIndex(at, codes, column, row)];
        }
        if (code <= SLOTS) {
            return BucketTable.word(BucketTable.NONE, BucketTable.NONE, blocks[at + FIRST_SLOT + code - 1]);
        }
        int entry = entries[blocks[at + FIRST_ENTRY] + code - SLOTS - 1];
        if ((entry & CANDIDATES_FLAG) != 0) {
            return BucketTable.word(blocks[at + FIRST_SLOT + (entry & SLOT_MASK)],
                    slotOrNone(at, entry >>> SLOT_BITS & OPTIONAL_SLOT_MASK),
                    slotOrNone(at, entry >>> SLOT_BITS + OPTIONAL_SLOT_BITS & OPTIONAL_SLOT_MASK));
        }
        int left = blocks[at + FIRST_SLOT + (entry >>> BucketChord.BITS & SLOT_MASK)];
        int right = blocks[at + FIRST_SLOT + (entry >>> BucketChord.BITS + SLOT_BITS & SLOT_MASK)];
        return BucketTable.chordWord(left, right, entry & CHORD_MASK);
    }

    private int slotOrNone(int at, int slotPlusOne) {
        return slotPlusOne == 0 ? BucketTable.NONE : blocks[at + FIRST_SLOT + slotPlusOne - 1];
    }

    /** The block's first full word, then one for each code 0 before the bucket in the block, row by row. */
    private int wordIndex(int at, int codes, int column, int row) {
        int index = blocks[at + FIRST_WORD];
        int rowInBlock = row & IN_BLOCK;
        for (int k = 0; k < rowInBlock; k++) {
            index += SIDE - Integer.bitCount(nonZeroCodes(blocks[at + k]));
        }
        int before = column & IN_BLOCK;
        return index + before - Integer.bitCount(nonZeroCodes(codes) & (1 << before * CODE_BITS) - 1);
    }

    /** How many of the raster's buckets have no full word. */
    int bucketsWithoutWord() {
        int count = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int at = ((row >>> SIDE_BITS) * blockColumns + (column >>> SIDE_BITS)) * STRIDE;
                count += (blocks[at + (row & IN_BLOCK)] >>> codeShift(column) & CODE_MASK) != 0 ? 1 : 0;
            }
        }
        return count;
    }

    /** The full words kept. */
    long[] words() {
        return words.clone();
    }

    private static int codeShift(int column) {
        return (column & IN_BLOCK) * CODE_BITS;
    }

    /** One bit, the lowest of each 4-bit code, set where the code is not 0. */
    private static int nonZeroCodes(int codes) {
        int any = codes | codes >>> 1;
        any |= any >>> 2;
        return any & 0x1111_1111;
    }

    private static final class Builder {

        private final int columns;
        private final int rows;
        private final long[] words;
        private final int blockColumns;
        private final int blockRows;
        private final int[] blocks;
        private final IntList entries = new IntList();
        private final LongList kept = new LongList();

        Builder(int columns, int rows, long[] words) {
            this.columns = columns;
            this.rows = rows;
            this.words = words;
            this.blockColumns = (columns + IN_BLOCK) >>> SIDE_BITS;
            this.blockRows = (rows + IN_BLOCK) >>> SIDE_BITS;
            this.blocks = new int[blockColumns * blockRows * STRIDE];
        }

        BucketBlocks build() {
            for (int blockRow = 0; blockRow < blockRows; blockRow++) {
                for (int blockColumn = 0; blockColumn < blockColumns; blockColumn++) {
                    fill(blockColumn, blockRow, (blockRow * blockColumns + blockColumn) * STRIDE);
                }
            }
            return new BucketBlocks(columns, rows, blocks, blockColumns, entries.toArray(), kept.toArray());
        }

        private void fill(int blockColumn, int blockRow, int at) {
            int[] slots = commonestCells(blockColumn, blockRow);
            System.arraycopy(slots, 0, blocks, at + FIRST_SLOT, slots.length);
            blocks[at + FIRST_ENTRY] = entries.size();
            int blockEntries = 0;
            for (int row = blockRow << SIDE_BITS; row < (blockRow + 1) << SIDE_BITS; row++) {
                for (int column = blockColumn << SIDE_BITS; column < (blockColumn + 1) << SIDE_BITS; column++) {
                    if (row >= rows || column >= columns) {
                        // the raster's last blocks reach past its edge, where nothing is asked: no word kept
                        blocks[at + (row & IN_BLOCK)] |= (slots.length > 0 ? 1 : 0) << codeShift(column);
                        continue;
                    }
                    long word = words[row * columns + column];
                    int code = 0;
                    if (answersAlone(word)) {
                        code = indexOf(slots, answer(word)) + 1;
                    } else if (BucketTable.isChordWord(word) && blockEntries < ENTRIES) {
                        int left = indexOf(slots, BucketTable.chordLeft(word));
                        int right = indexOf(slots, BucketTable.chordRight(word));
                        if (left >= 0 && right >= 0) {
                            entries.add(BucketTable.chordOf(word) | left << BucketChord.BITS
                                    | right << BucketChord.BITS + SLOT_BITS);
                            code = SLOTS + 1 + blockEntries++;
                        }
                    } else if (word >= 0 && !BucketTable.isChordWord(word)) {
                        int entry = candidatesEntry(slots, word);
                        int same = entry == 0 ? -1 : entries.indexOf(entry, blocks[at + FIRST_ENTRY], entries.size());
                        if (same >= 0) {
                            code = SLOTS + 1 + same - blocks[at + FIRST_ENTRY];
                        } else if (entry != 0 && blockEntries < ENTRIES) {
                            entries.add(entry);
                            code = SLOTS + 1 + blockEntries++;
                        }
                    }
                    blocks[at + (row & IN_BLOCK)] |= code << codeShift(column);
                }
            }
            // in the order wordIndex counts them
            blocks[at + FIRST_WORD] = kept.size();
            for (int row = blockRow << SIDE_BITS; row < (blockRow + 1) << SIDE_BITS; row++) {
                for (int column = blockColumn << SIDE_BITS; column < (blockColumn + 1) << SIDE_BITS; column++) {
                    if ((blocks[at + (row & IN_BLOCK)] >>> codeShift(column) & CODE_MASK) == 0) {
                        kept.add(row < rows && column < columns ? words[row * columns + column] : 0);
                    }
                }
            }
        }

        /**
         * Up to {@value #SLOTS} of the cells (or none) the block's buckets answer alone or by their chord, those
         * named by most buckets first (ties: the smaller index, none first).
         */
        private int[] commonestCells(int blockColumn, int blockRow) {
            int[] named = new int[3 * SIDE * SIDE];
            int count = 0;
            for (int row = blockRow << SIDE_BITS; row < Math.min(rows, (blockRow + 1) << SIDE_BITS); row++) {
                for (int column = blockColumn << SIDE_BITS;
                     column < Math.min(columns, (blockColumn + 1) << SIDE_BITS); column++) {
                    long word = words[row * columns + column];
                    if (answersAlone(word)) {
                        named[count++] = answer(word);
                    } else if (BucketTable.isChordWord(word)) {
                        named[count++] = BucketTable.chordLeft(word);
                        named[count++] = BucketTable.chordRight(word);
                    } else if (word >= 0) {
                        named[count++] = BucketTable.firstCandidate(word);
                        if (BucketTable.secondCandidate(word) != BucketTable.NONE) {
                            named[count++] = BucketTable.secondCandidate(word);
                        }
                        if (BucketTable.answerOf(word) != BucketTable.NONE) {
                            named[count++] = BucketTable.answerOf(word);
                        }
                    }
                }
            }
            Arrays.sort(named, 0, count);
            long[] runs = new long[count];
            int distinct = 0;
            for (int start = 0; start < count; ) {
                int end = start;
                while (end < count && named[end] == named[start]) {
                    end++;
                }
                // sorts by the run's length, longest first, then by the cell (+ 1, so none is 0)
                runs[distinct++] = (long) (named.length - (end - start)) << 32 | (named[start] + 1L);
                start = end;
            }
            Arrays.sort(runs, 0, distinct);
            int[] slots = new int[Math.min(SLOTS, distinct)];
            for (int k = 0; k < slots.length; k++) {
                slots[k] = (int) runs[k] - 1;
            }
            return slots;
        }

        /**
         * The entry standing for a word that names one or two candidates (first, second, answer: {@link
         * BucketTable#word}), or 0 if one of its cells is not in the slots.
         */
        private static int candidatesEntry(int[] slots, long word) {
            int first = indexOf(slots, BucketTable.firstCandidate(word));
            int second = optionalSlot(slots, BucketTable.secondCandidate(word));
            int answer = optionalSlot(slots, BucketTable.answerOf(word));
            if (first < 0 || second < 0 || answer < 0) {
                return 0;
            }
            return CANDIDATES_FLAG | first | second << SLOT_BITS | answer << SLOT_BITS + OPTIONAL_SLOT_BITS;
        }

        /** 0 for none, else the cell's slot + 1; -1 if the cell is not in the slots. */
        private static int optionalSlot(int[] slots, int cell) {
            if (cell == BucketTable.NONE) {
                return 0;
            }
            int slot = indexOf(slots, cell);
            return slot < 0 ? -1 : slot + 1;
        }

        private static boolean answersAlone(long word) {
            return BucketTable.testsNothing(word);
        }

        private static int answer(long word) {
            return BucketTable.answerOf(word);
        }

        /** The slot holding the cell, or -1. */
        private static int indexOf(int[] slots, int cell) {
            for (int k = 0; k < slots.length; k++) {
                if (slots[k] == cell) {
                    return k;
                }
            }
            return -1;
        }
    }

    /** A growable int array, so that building boxes nothing. */
    private static final class IntList {

        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        /** The index of the value among those from {@code from} on, or -1. */
        int indexOf(int value, int from, int to) {
            for (int k = from; k < to; k++) {
                if (values[k] == value) {
                    return k;
                }
            }
            return -1;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable long array, so that building boxes nothing. */
    private static final class LongList {

        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
