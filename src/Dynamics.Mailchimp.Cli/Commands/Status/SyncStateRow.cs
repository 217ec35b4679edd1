namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>A <c>dmc_syncstate</c> row: the push lease (<c>lease:push</c>) or a checkpoint such as a delta link.</summary>
/// <param name="Name">The state key.</param>
/// <param name="Holder">Who holds the lease; null or empty when free (and for a checkpoint).</param>
/// <param name="ExpiresOn">When the lease expires unless renewed.</param>
/// <param name="Value">The checkpoint's value (<c>dmc_value</c>).</param>
/// <param name="ModifiedOn">When the row last changed.</param>
public sealed record SyncStateRow(string Name, string? Holder, DateTimeOffset? ExpiresOn, string? Value, DateTimeOffset? ModifiedOn)
{
    /// <summary>Whether a holder has it and it has not expired at <paramref name="now"/>.</summary>
    /// <param name="now">The job's clock.</param>
    /// <returns>True while held.</returns>
    public bool IsHeld(DateTimeOffset now) => !string.IsNullOrEmpty(Holder) && ExpiresOn is { } expires && expires > now;
}
