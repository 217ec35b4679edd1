using System.Reflection;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Plugins.Tests.Names;

/// <summary>The constant classes name only tables, columns and option values that the schema (solution/src plus system tables) has.</summary>
public sealed class LogicalNamesTests
{
    private static readonly SchemaCatalog Schema = OrganizationSchema.Default();

    public static TheoryData<string, string> FieldClasses() => new()
    {
        { nameof(QueueItemFields), TableNames.QueueItem },
        { nameof(ListFields), TableNames.List },
        { nameof(ListMemberFields), TableNames.ListMember },
        { nameof(MemberFields), TableNames.Contact },
        { nameof(MemberFields), TableNames.Lead },
        { nameof(MemberFields), TableNames.Account },
        { nameof(PersonFields), TableNames.Contact },
        { nameof(PersonFields), TableNames.Lead },
        { nameof(AccountFields), TableNames.Account },
    };

    [Theory]
    [MemberData(nameof(FieldClasses))]
    public void FieldConstants_AllExistOnTheirTable(string className, string table)
    {
        // Arrange
        var columns = Schema.GetTable(table).Columns.Keys;

        // Act
        var missing = Constants<string>(className).Where(c => !columns.Contains(c)).ToArray();

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public void TableNames_AllExist()
    {
        // Act / Assert
        Assert.All(Constants<string>(nameof(TableNames)), t => Assert.NotNull(Schema.GetTable(t)));
    }

    [Theory]
    [InlineData(nameof(QueueItemKinds), QueueItemFields.Kind)]
    [InlineData(nameof(QueueItemStates), QueueItemFields.State)]
    public void OptionConstants_EqualTheChoiceOptions(string className, string column)
    {
        // Arrange
        var options = Schema.GetTable(TableNames.QueueItem).Columns[column].OptionValues;

        // Act
        var constants = Constants<int>(className);

        // Assert
        Assert.Equal(options.Order(), constants.Order());
    }

    private static IEnumerable<T> Constants<T>(string className) =>
        typeof(TableNames).Assembly.GetType($"{typeof(TableNames).Namespace}.{className}")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(T))
            .Select(f => (T)f.GetRawConstantValue()!);
}
