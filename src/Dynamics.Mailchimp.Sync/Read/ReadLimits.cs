namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>How Read cuts its bulk queries (issue #9: about ceil(N/1000) calls for N changed records).</summary>
public static class ReadLimits
{
    /// <summary>At most this many values in one FetchXML <c>in</c> condition.</summary>
    public const int ValuesPerQuery = 1000;

    /// <summary>
    /// The longest relative URL of one query. A GET URL may be 32 KB, one inside <c>$batch</c> 64 KB
    /// (shared/reference/dataverse.md, S26); Read keeps every query under the plain limit, with room for the host and
    /// <c>/api/data/v9.2/</c>, so a chunk is valid either way.
    /// </summary>
    public const int MaxRelativeUrlLength = 32 * 1024 - 1024;

    /// <summary>At most this many queries in one <c>$batch</c> call (about 5,000 records: a few MB of response).</summary>
    public const int QueriesPerBatch = 10;

    /// <summary>At most this many of Read's <c>$batch</c> calls in flight at once (the client's own cap still applies).</summary>
    public const int ParallelBatches = 10;

    /// <summary>The <c>count</c> of every query: the largest page Dataverse returns.</summary>
    public const int PageSize = 5000;
}
