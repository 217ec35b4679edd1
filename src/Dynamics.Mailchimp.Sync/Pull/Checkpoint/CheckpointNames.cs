using System.Globalization;

namespace Dynamics.Mailchimp.Sync.Pull.Checkpoint;

/// <summary>
/// The <c>dmc_syncstate</c> keys of the pull's checkpoints and the column that holds them
/// (solution/src/Entities/dmc_syncstate/Entity.xml documents the key <c>checkpoint:members:&lt;audience id&gt;</c>).
/// </summary>
public static class CheckpointNames
{
    /// <summary>The column holding a checkpoint's value: an ISO 8601 UTC time.</summary>
    public const string Value = "dmc_value";

    /// <summary>The column describing the row for admins.</summary>
    public const string Description = "dmc_description";

    /// <summary>The key prefix of the member-status checkpoints.</summary>
    public const string MembersPrefix = "checkpoint:members:";

    /// <summary>The key of the member-status checkpoint of <paramref name="audienceId"/>.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <returns><c>checkpoint:members:&lt;audience id&gt;</c>.</returns>
    public static string Members(string audienceId) => string.Create(CultureInfo.InvariantCulture, $"{MembersPrefix}{audienceId}");
}
