using System.Globalization;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>A contact, lead or account: its table's logical name and its id.</summary>
/// <param name="Table">The logical name, one of <see cref="Plugins.Names.TableNames"/> Contact, Lead or Account.</param>
/// <param name="Id">The record id.</param>
public sealed record RecordRef(string Table, Guid Id)
{
    /// <summary>"contact 6f1c…", the form every reason and warning names a record in.</summary>
    /// <returns>The table and the id.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Table} {Id:D}");
}
