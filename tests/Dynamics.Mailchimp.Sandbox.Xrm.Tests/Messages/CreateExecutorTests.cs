using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Messages;

/// <summary>
/// What Create fills in for columns the request leaves out. A Yes/No column gets its declared default:
/// BooleanAttributeMetadata.DefaultValue (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.booleanattributemetadata.defaultvalue).
/// A choice column's declared default is EnumAttributeMetadata.DefaultFormValue, documented as "the default form value
/// for the attribute" (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.enumattributemetadata.defaultformvalue):
/// the value a new form starts with, which the platform does not write on a create through the API (Microsoft's
/// support article "The default value of a record is not populated in Microsoft Dynamics CRM": a record created
/// outside the application's UI does not get the field's default). The stricter reading also keeps the job honest:
/// it must send every choice it relies on.
/// </summary>
public sealed class CreateExecutorTests
{
    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut(params TableDefinition[] extraTables)
    {
        var schema = extraTables.Length == 0
            ? null
            : SchemaCatalog.FromTables(OrganizationSchema.Default().Tables.Values.Concat(extraTables.Select(OrganizationSchema.WithSystemColumns)));
        var org = new InMemoryOrganization(new InMemoryOrganizationOptions { Schema = schema });
        return (org, org.CreateService());
    }

    private static ColumnDefinition Column(string name, ColumnType type, int? declaredDefault) =>
        new(name, type, null, type == ColumnType.Picklist ? [1, 2] : [0, 1], [], false) { DefaultValue = declaredDefault };

    private static TableDefinition Table() => new(
        "test_defaults",
        "test_defaultses",
        null,
        new[]
        {
            new ColumnDefinition("test_defaultsid", ColumnType.PrimaryKey, null, [], [], true),
            Column("test_yes", ColumnType.Boolean, 1),
            Column("test_no", ColumnType.Boolean, 0),
            Column("test_undeclared", ColumnType.Boolean, null),
            Column("test_choice", ColumnType.Picklist, 2),
        }.ToDictionary(c => c.LogicalName, StringComparer.Ordinal));

    [Fact]
    public void Create_YesNoColumnsOmitted_GetTheirDeclaredDefaultAndFalseWhenNoneIsDeclared()
    {
        // Arrange
        var (org, service) = CreateSut(Table());

        // Act
        service.Create(new Entity("test_defaults"));

        // Assert
        var row = org.Rows("test_defaults").Single();
        Assert.Equal((true, false, false), ((bool)row["test_yes"], (bool)row["test_no"], (bool)row["test_undeclared"]));
    }

    [Fact]
    public void Create_YesNoColumnGiven_KeepsTheGivenValueOverTheDefault()
    {
        // Arrange
        var (org, service) = CreateSut(Table());

        // Act
        service.Create(new Entity("test_defaults") { ["test_yes"] = false });

        // Assert
        Assert.False((bool)org.Rows("test_defaults").Single()["test_yes"]);
    }

    [Fact]
    public void Create_ChoiceColumnOmitted_StaysEmptyWhateverItsDeclaredFormDefault()
    {
        // Arrange
        var (org, service) = CreateSut(Table());

        // Act
        service.Create(new Entity("test_defaults"));

        // Assert
        Assert.False(org.Rows("test_defaults").Single().Contains("test_choice"));
    }

    [Fact]
    public void Create_AudienceSettingWithoutChoicesOrYesNo_LeavesChoicesEmptyAndYesNoAtTheirDeclaredNo()
    {
        // Arrange: solution/src declares New Member Status and Leave Action default 100000000, both Yes/No default No.
        var (org, service) = CreateSut();

        // Act
        service.Create(new Entity("dmc_audiencesetting") { ["dmc_name"] = "Newsletter", ["dmc_audienceid"] = "a1b2c3d4e5" });

        // Assert
        var row = org.Rows("dmc_audiencesetting").Single();
        Assert.False(row.Contains("dmc_newmemberstatus"));
        Assert.False(row.Contains("dmc_leaveaction"));
        Assert.False((bool)row["dmc_repermission"]);
        Assert.False((bool)row["dmc_blockbulkemailoncleaned"]);
    }
}
