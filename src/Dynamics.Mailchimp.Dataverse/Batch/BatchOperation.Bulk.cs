using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Validation;

namespace Dynamics.Mailchimp.Dataverse.Batch;

public sealed partial record BatchOperation
{
    /// <summary>
    /// <c>POST &lt;set&gt;/Microsoft.Dynamics.CRM.UpsertMultiple {"Targets":[…]}</c>: creates or updates every target, each
    /// identified by its primary key column, in one request and one transaction (one bad target fails them all). Each
    /// target is copied and given <c>@odata.type</c>, which the action requires of every item.
    /// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple.
    /// </summary>
    /// <param name="entitySetName">Entity set the action is bound to, e.g. <c>dmc_emailactivities</c>.</param>
    /// <param name="logicalName">The table's logical name, e.g. <c>dmc_emailactivity</c>: every target is of it.</param>
    /// <param name="targets">The rows, each holding its primary key column; 1 to <see cref="BulkMessageNames.MaxTargets"/>.</param>
    /// <returns>The operation (one request inside a <c>$batch</c>).</returns>
    public static BatchOperation UpsertMultiple(string entitySetName, string logicalName, IReadOnlyList<JsonObject> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfZero(targets.Count, nameof(targets));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targets.Count, BulkMessageNames.MaxTargets, nameof(targets));
        var type = DataverseConstants.ActionNamespace + DataverseNames.Column(logicalName, nameof(logicalName));
        var items = new JsonArray();
        foreach (var target in targets)
        {
            var copy = (JsonObject)(target ?? throw new ArgumentException("A target is null.", nameof(targets))).DeepClone();
            copy[ODataPropertyNames.ODataType] = type;
            items.Add((JsonNode)copy);
        }

        var path = DataverseNames.EntitySet(entitySetName) + "/" + DataverseConstants.ActionNamespace + BulkMessageNames.UpsertMultiple;
        return new(HttpMethod.Post, path, new JsonObject { [BulkMessageNames.Targets] = items });
    }
}
