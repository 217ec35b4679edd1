namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>A Read query that Dataverse refused (e.g. a merge-field mapping names a column the table does not have).</summary>
public sealed class RecordReadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RecordReadException"/> class.</summary>
    public RecordReadException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecordReadException"/> class.</summary>
    /// <param name="message">What was read and what Dataverse said.</param>
    public RecordReadException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RecordReadException"/> class.</summary>
    /// <param name="message">What was read and what Dataverse said.</param>
    /// <param name="innerException">The cause.</param>
    public RecordReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
