namespace Dynamics.Mailchimp.Sync.Pull.Checkpoint;

/// <summary>Dataverse did not store a checkpoint; the message names it. The pull stops: nothing after it is lost.</summary>
public sealed class CheckpointWriteException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CheckpointWriteException"/> class.</summary>
    public CheckpointWriteException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CheckpointWriteException"/> class.</summary>
    /// <param name="message">Which checkpoint and what Dataverse said.</param>
    public CheckpointWriteException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CheckpointWriteException"/> class.</summary>
    /// <param name="message">Which checkpoint and what Dataverse said.</param>
    /// <param name="innerException">The cause.</param>
    public CheckpointWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
