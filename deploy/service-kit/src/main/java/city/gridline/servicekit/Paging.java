package city.gridline.servicekit;

/**
 * The one rule every listing read with skip and limit keeps. MongoDB's driver takes the number of documents to skip
 * as an int: a page that starts past 2^31 - 1 would wrap, and the database would list another page (the first)
 * instead of none. Each listing checks its page here and answers as its API says (a problem, or an empty page).
 */
public final class Paging {

    private Paging() {
    }

    /**
     * Whether the page starts further in than the database can skip. A negative page or a size below 1 is not
     * beyond it: those are refused, or mended, by the listing's own bounds.
     */
    public static boolean beyondSkipLimit(int page, int size) {
        return page > 0 && size > 0 && (long) page * size > Integer.MAX_VALUE;
    }
}
