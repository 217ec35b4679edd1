using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>What a member table's rows are read into snapshots with: worked out once per read, not once per row.</summary>
internal sealed class SnapshotColumns
{
    /// <summary>Initializes a new instance of the <see cref="SnapshotColumns"/> class.</summary>
    /// <param name="profile">The member table.</param>
    /// <param name="mappedColumns">The columns carried in the snapshot's values besides the name columns.</param>
    public SnapshotColumns(MemberProfile profile, IEnumerable<string> mappedColumns)
    {
        Profile = profile;
        PrimaryKey = ReadNames.PrimaryKey(profile.Table);
        Values = [.. profile.CoreColumns.Where(c => c is PersonFields.FirstName or PersonFields.LastName or AccountFields.Name)
            .Concat(mappedColumns).Distinct(StringComparer.Ordinal).Select(column => new ColumnNames(column))];
    }

    /// <summary>Gets the member table.</summary>
    public MemberProfile Profile { get; }

    /// <summary>Gets the table's primary key.</summary>
    public string PrimaryKey { get; }

    /// <summary>Gets the columns of the snapshot's values, each once, in order.</summary>
    public IReadOnlyList<ColumnNames> Values { get; }
}
