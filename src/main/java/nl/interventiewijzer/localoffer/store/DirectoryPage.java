package nl.interventiewijzer.localoffer.store;

import java.util.List;

/** One page of a directory query, numbered from 1 as HSDS numbers them, with the ids on it in listing order. */
public record DirectoryPage(List<String> ids, long totalItems, int pageNumber, int size) {

    public DirectoryPage {
        ids = List.copyOf(ids);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }
}
