package city.gridline.grid.layer.domain;

/** A cell's code is its community's code followed by a zero-padded sequence number within the community. */
final class CellSequences {

    private CellSequences() {
    }

    static String code(Community community, int sequence, GridSettings settings) {
        if (sequence < 1 || sequence > settings.maxSequence()) {
            throw new IllegalStateException("Community " + community.code() + " has no " + settings.sequenceDigits()
                    + "-digit sequence number " + sequence);
        }
        return String.format("%s%0" + settings.sequenceDigits() + "d", community.code(), sequence);
    }

    static int sequenceOf(Cell cell) {
        return Integer.parseInt(cell.code().substring(cell.community().code().length()));
    }
}
