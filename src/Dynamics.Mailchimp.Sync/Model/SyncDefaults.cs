namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>Defaults of <see cref="SyncOptions"/>.</summary>
public static class SyncDefaults
{
    /// <summary>Tries before a row stays Failed.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The mass-removal rail trips above this percentage of an audience…</summary>
    public const double MassRemovalPercent = 5;

    /// <summary>…and above this many members.</summary>
    public const int MassRemovalMinimumMembers = 50;
}
