package shallowlab.web.datasets;

/**
 * What uploads may cost a public server.
 *
 * @param maxDatasets how many datasets the store keeps ({@code MAX_DATASETS}); new points past it are refused (507)
 * @param perMinute   uploads a client may make per minute, on average ({@code UPLOADS_PER_MINUTE})
 * @param burst       uploads a client may make at once ({@code UPLOAD_BURST})
 */
public record UploadLimits(int maxDatasets, double perMinute, int burst) {
    /** The largest body accepted: 2,000 rows of the lab's own export, ~50 bytes each, fit with room to spare. */
    public static final int MAX_BYTES = 256 * 1024;

    public static UploadLimits defaults() { return new UploadLimits(1000, 6, 10); }
}
