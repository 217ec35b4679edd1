using System.Text;
using Dynamics.Mailchimp.Dataverse.Validation;

namespace Dynamics.Mailchimp.Dataverse.Queries;

/// <summary>An OData query on one entity set: <c>$select</c>, <c>$filter</c>, <c>$orderby</c>. Paging is done by the client.</summary>
/// <param name="EntitySetName">Entity set, e.g. <c>contacts</c>.</param>
public sealed record DataverseQuery(string EntitySetName)
{
    /// <summary>Columns for <c>$select</c>; empty selects all columns (avoid that in production).</summary>
    /// <value>Default: empty.</value>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>OData <c>$filter</c> expression, e.g. <c>statecode eq 0</c>. Sent URL-encoded, otherwise as given.</summary>
    public string? Filter { get; init; }

    /// <summary>OData <c>$orderby</c> expression, e.g. <c>modifiedon desc</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Rows per page; overrides <see cref="DataverseClientOptions.MaxPageSize"/> when set (1–5000).</summary>
    public int? PageSize { get; init; }

    /// <summary>Validates names and builds the path and query relative to the service root.</summary>
    /// <returns>E.g. <c>contacts?$select=fullname,emailaddress1&amp;$filter=statecode%20eq%200</c>.</returns>
    /// <exception cref="ArgumentException">A name or the page size is invalid.</exception>
    public string ToRelativeUri()
    {
        DataverseNames.EntitySet(EntitySetName, nameof(EntitySetName));
        if (PageSize is < 1 or > DataverseConstants.MaxPageSizeLimit)
        {
            throw new ArgumentException($"PageSize {PageSize} is outside 1–{DataverseConstants.MaxPageSizeLimit}.", nameof(PageSize));
        }

        var parts = new List<string>();
        if (Select.Count > 0)
        {
            parts.Add("$select=" + string.Join(',', Select.Select(c => DataverseNames.Column(c, nameof(Select)))));
        }

        if (!string.IsNullOrWhiteSpace(Filter))
        {
            parts.Add("$filter=" + Uri.EscapeDataString(Filter));
        }

        if (!string.IsNullOrWhiteSpace(OrderBy))
        {
            parts.Add("$orderby=" + Uri.EscapeDataString(OrderBy));
        }

        var builder = new StringBuilder(EntitySetName);
        if (parts.Count > 0)
        {
            builder.Append('?').Append(string.Join('&', parts));
        }

        return builder.ToString();
    }
}
