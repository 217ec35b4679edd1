using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Decide;

public sealed class MergeValueFormatterTests
{
    public static TheoryData<ColumnValue, string> Values() => new()
    {
        { ColumnValue.Null, string.Empty },
        { ColumnValue.Text(null), string.Empty },
        { ColumnValue.Text("Ada"), "Ada" },
        { ColumnValue.Boolean(true), "true" },
        { ColumnValue.Boolean(false), "false" },
        { ColumnValue.Choice(100000001, "Gold"), "Gold" },
        { ColumnValue.Lookup(Guid.Empty, "Contoso Ltd"), "Contoso Ltd" },
        { ColumnValue.Date(new DateOnly(2026, 2, 3)), "2026-02-03" },
        { ColumnValue.DateTime(new DateTimeOffset(2026, 2, 3, 10, 4, 5, TimeSpan.FromHours(2))), "2026-02-03T08:04:05Z" },
        { ColumnValue.Number(1234.5m), "1234.5" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Format_Value_IsTheDocumentedText(ColumnValue value, string expected)
    {
        // Act
        var text = MergeValueFormatter.Format(value);

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_NumberUnderAGermanCulture_StillUsesADot()
    {
        // Arrange
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

        try
        {
            // Act
            var text = MergeValueFormatter.Format(ColumnValue.Number(1.5m));

            // Assert
            Assert.Equal("1.5", text);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
