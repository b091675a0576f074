package shallowlab.web.datasets;

/**
 * What uploads may cost a public server.
 *
 * @param maxDatasets how many datasets the store keeps ({@code MAX_DATASETS}); new points past it are refused (507)
 * @param perMinute   uploads a browser may make per minute, on average ({@code UPLOADS_PER_MINUTE}); everyone behind
 *                    one address may make {@link #PER_ADDRESS} times as many (a class behind a school's address)
 * @param burst       uploads a browser may make at once ({@code UPLOAD_BURST}); an address, PER_ADDRESS times as many
 */
public record UploadLimits(int maxDatasets, double perMinute, int burst) {
    /** How many browsers' uploads one address may make: a class of 30 uploading once each fits in one burst. */
    public static final int PER_ADDRESS = 10;
    /** The largest body accepted: 2,000 rows of the lab's own export, ~50 bytes each, fit with room to spare. */
    public static final int MAX_BYTES = 256 * 1024;
    /** How much of a body over the cap is still read (and dropped) so that its sender gets the 413, not a reset. */
    public static final long DRAIN_BYTES = 4L * 1024 * 1024;

    public static UploadLimits defaults() { return new UploadLimits(1000, 6, 10); }
}
