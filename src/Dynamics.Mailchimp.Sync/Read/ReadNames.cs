using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// The Web API names Read uses that <see cref="Plugins.Names"/> does not have: entity sets, primary keys, the audience
/// setting and merge-field mapping tables (solution/src/Entities), system columns and response annotations.
/// </summary>
public static class ReadNames
{
    /// <summary>The Mailchimp Audience Setting table.</summary>
    public const string AudienceSettingTable = "dmc_audiencesetting";

    /// <summary>The Mailchimp Merge Field Mapping table.</summary>
    public const string MergeFieldMappingTable = "dmc_mergefieldmapping";

    /// <summary>The audience id column of both tables.</summary>
    public const string AudienceId = "dmc_audienceid";

    /// <summary><c>dmc_newmemberstatus</c>: subscribed or pending.</summary>
    public const string NewMemberStatus = "dmc_newmemberstatus";

    /// <summary><c>dmc_leaveaction</c>: archive or unsubscribe.</summary>
    public const string LeaveAction = "dmc_leaveaction";

    /// <summary><c>dmc_repermission</c>.</summary>
    public const string Repermission = "dmc_repermission";

    /// <summary><c>dmc_complianceprofileid</c>: the Customer Insights – Journeys compliance profile's id, as text.</summary>
    public const string ComplianceProfileId = "dmc_complianceprofileid";

    /// <summary><c>dmc_purposeid</c>: the Customer Insights – Journeys purpose's id, as text.</summary>
    public const string PurposeId = "dmc_purposeid";

    /// <summary><c>dmc_topicid</c>: the Customer Insights – Journeys topic's id, as text.</summary>
    public const string TopicId = "dmc_topicid";

    /// <summary><c>dmc_membertable</c>: contact, lead or account.</summary>
    public const string MemberTable = "dmc_membertable";

    /// <summary><c>dmc_column</c>: the member table's column.</summary>
    public const string Column = "dmc_column";

    /// <summary><c>dmc_mergetag</c>: the Mailchimp merge tag.</summary>
    public const string MergeTag = "dmc_mergetag";

    /// <summary>The system column <c>createdon</c>.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>The list member's table (<c>entitytype</c>, the member's logical name).</summary>
    public const string EntityType = "entitytype";

    /// <summary>The rows of a collection answer.</summary>
    public const string Value = "value";

    /// <summary>The formatted-value annotation suffix: <c>column@OData.Community.Display.V1.FormattedValue</c>.</summary>
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";

    /// <summary>The lookup's table annotation: <c>_x_value@Microsoft.Dynamics.CRM.lookuplogicalname</c>.</summary>
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";

    /// <summary>The FetchXML "more rows" annotation on a result.</summary>
    public const string MoreRecords = "Microsoft.Dynamics.CRM.morerecords";

    /// <summary>The FetchXML paging cookie annotation on a result.</summary>
    public const string PagingCookie = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie";

    /// <summary>
    /// The <c>Prefer</c> value of every Read query: formatted values, lookup tables and the paging annotations
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values).
    /// </summary>
    public const string Prefer = "odata.include-annotations=\"" + FormattedValue + "," + LookupLogicalName + "," + MoreRecords + "," + PagingCookie + "\"";

    private static readonly IReadOnlyDictionary<string, string> EntitySets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TableNames.Contact] = "contacts",
        [TableNames.Lead] = "leads",
        [TableNames.Account] = "accounts",
        [TableNames.List] = "lists",
        [TableNames.ListMember] = "listmembers",
        [AudienceSettingTable] = "dmc_audiencesettings",
        [MergeFieldMappingTable] = "dmc_mergefieldmappings",
        [Journeys.JourneysNames.ConsentTable] = Journeys.JourneysNames.ConsentSet,
    };

    /// <summary>The entity set of <paramref name="table"/>.</summary>
    /// <param name="table">A table Read queries.</param>
    /// <returns>The entity set name.</returns>
    public static string EntitySet(string table) =>
        EntitySets.TryGetValue(table, out var set) ? set : throw new ArgumentException($"Read does not query the table '{table}'.", nameof(table));

    /// <summary>The primary key of <paramref name="table"/> (<c>contactid</c>, …; <c>activityid</c> for the email activities, as on every activity table).</summary>
    /// <param name="table">The logical name.</param>
    /// <returns>The primary key's logical name.</returns>
    public static string PrimaryKey(string table) => table == Pull.Activity.ActivityNames.ActivityTable ? Pull.Activity.ActivityNames.ActivityId : table + "id";

    /// <summary>The Web API property of a lookup column: <c>_parentcustomerid_value</c>.</summary>
    /// <param name="column">The lookup's logical name.</param>
    /// <returns>The property name.</returns>
    public static string LookupProperty(string column) => "_" + column + "_value";

    /// <summary>The property of <paramref name="annotation"/> on <paramref name="property"/>.</summary>
    /// <param name="property">The annotated property.</param>
    /// <param name="annotation">The annotation name.</param>
    /// <returns><c>property@annotation</c>.</returns>
    public static string Annotation(string property, string annotation) => property + "@" + annotation;
}
