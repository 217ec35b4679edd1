using System.Text.Json;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>
/// <see cref="ColumnValueReader"/> on rows shaped as the Web API returns them with
/// <c>Prefer: odata.include-annotations="OData.Community.Display.V1.FormattedValue"</c>: each formatted value is a
/// <c>column@OData.Community.Display.V1.FormattedValue</c> property next to the value, and a lookup is
/// <c>_column_value</c> with its name as the formatted value
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#lookup-property-data).
/// The Dataverse sandbox never writes formatted values (its README, "Known gaps"), so these rows are written here.
/// </summary>
public sealed class ColumnValueReaderTests
{
    private const string Row = """
        {
          "@odata.etag": "W/\"8431301\"",
          "contactid": "b1d1b9c8-7c2a-4a5e-9a7e-3f4a1c2b5d6e",
          "jobtitle": "Analyst",
          "preferredcontactmethodcode": 2,
          "preferredcontactmethodcode@OData.Community.Display.V1.FormattedValue": "Email",
          "creditlimit": 1000.00,
          "creditlimit@OData.Community.Display.V1.FormattedValue": "$1,000.00",
          "numberofchildren": 3,
          "numberofchildren@OData.Community.Display.V1.FormattedValue": "3",
          "creditonhold": false,
          "creditonhold@OData.Community.Display.V1.FormattedValue": "No",
          "birthdate": "1990-05-01",
          "birthdate@OData.Community.Display.V1.FormattedValue": "5/1/1990",
          "lastusedincampaign": "2024-03-05T14:30:00Z",
          "lastusedincampaign@OData.Community.Display.V1.FormattedValue": "3/5/2024 2:30 PM",
          "_parentcustomerid_value": "7a4cb5b9-1d2e-4f60-8a9b-0c1d2e3f4a5b",
          "_parentcustomerid_value@OData.Community.Display.V1.FormattedValue": "Contoso Coffee",
          "_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "account",
          "industrycode": 100000001,
          "industrycode@OData.Community.Display.V1.FormattedValue": "Tier 1 retail"
        }
        """;

    [Fact]
    public void Read_ChoiceWithLabel_IsChoiceWithTheLabel() => Assert.Equal(ColumnValue.Choice(2, "Email"), Read("preferredcontactmethodcode"));

    [Fact]
    public void Read_ChoiceLabelWithDigits_IsStillChoice() => Assert.Equal(ColumnValue.Choice(100000001, "Tier 1 retail"), Read("industrycode"));

    [Fact]
    public void Read_MoneyFormattedAsCurrency_IsNumber() => Assert.Equal(ColumnValue.Number(1000m), Read("creditlimit"));

    [Fact]
    public void Read_WholeNumber_IsNumber() => Assert.Equal(ColumnValue.Number(3m), Read("numberofchildren"));

    [Fact]
    public void Read_YesNo_IsBoolean() => Assert.Equal(ColumnValue.Boolean(false), Read("creditonhold"));

    [Fact]
    public void Read_DateOnly_IsDate() => Assert.Equal(ColumnValue.Date(new DateOnly(1990, 5, 1)), Read("birthdate"));

    [Fact]
    public void Read_DateAndTime_IsDateTime() =>
        Assert.Equal(ColumnValue.DateTime(new DateTimeOffset(2024, 3, 5, 14, 30, 0, TimeSpan.Zero)), Read("lastusedincampaign"));

    [Fact]
    public void Read_Lookup_IsLookupNamedByItsFormattedValue() =>
        Assert.Equal(ColumnValue.Lookup(Guid.Parse("7a4cb5b9-1d2e-4f60-8a9b-0c1d2e3f4a5b"), "Contoso Coffee"), Read("parentcustomerid"));

    [Fact]
    public void Read_Text_IsText() => Assert.Equal(ColumnValue.Text("Analyst"), Read("jobtitle"));

    [Fact]
    public void Read_ColumnLeftOut_IsNull() => Assert.Equal(ColumnValue.Null, Read("telephone1"));

    [Fact]
    public void Read_ChoiceWithoutFormattedValue_IsNumber()
    {
        // Arrange
        using var document = JsonDocument.Parse("""{"industrycode": 100000001}""");

        // Act
        var value = ColumnValueReader.Read(document.RootElement, "industrycode");

        // Assert
        Assert.Equal(ColumnValue.Number(100000001m), value);
    }

    private static ColumnValue Read(string column)
    {
        using var document = JsonDocument.Parse(Row);
        return ColumnValueReader.Read(document.RootElement, column);
    }
}
