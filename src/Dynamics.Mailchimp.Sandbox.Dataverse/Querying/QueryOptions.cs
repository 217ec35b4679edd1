using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>The query options of one GET, validated against the table.</summary>
/// <param name="Select">The selected columns, or null for all.</param>
/// <param name="Filter">The filter, or null.</param>
/// <param name="Orders">The sort order.</param>
/// <param name="Top"><c>$top</c>, or null.</param>
/// <param name="Count"><c>$count=true</c>.</param>
/// <param name="PageNumber">The page the <c>$skiptoken</c> asks for (1 without one).</param>
internal sealed record QueryOptions(
    IReadOnlyList<ColumnDefinition>? Select,
    FilterExpression? Filter,
    IReadOnlyList<OrderExpression> Orders,
    int? Top,
    bool Count,
    int PageNumber);
