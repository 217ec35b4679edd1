namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// The bulk operation messages the client sends, actions bound to an entity set
/// (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations).
/// </summary>
public static class BulkMessageNames
{
    /// <summary>Creates or updates many rows of one table in one request (<c>204 No Content</c>, no per-row answer).</summary>
    public const string UpsertMultiple = "UpsertMultiple";

    /// <summary>The action's one parameter: the rows, each with its <c>@odata.type</c>.</summary>
    public const string Targets = "Targets";

    /// <summary>The most rows the client puts in one request: Microsoft sets no hard limit and suggests 100 to 1,000 per request on standard tables.</summary>
    public const int MaxTargets = 1000;
}
