using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>Turns ODataLib literal values into the values the organization compares stored columns with.</summary>
internal static class ConstantValues
{
    public static object? ToSdk(object? literal, ColumnDefinition column) => literal switch
    {
        null => null,
        DateTimeOffset moment => moment.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Guid id when column.Type is ColumnType.String or ColumnType.Memo => id.ToString("D"),
        Guid or string or bool or int or long or decimal => literal,
        double number => (decimal)number,
        float number => (decimal)number,
        short or byte or sbyte => Convert.ToInt32(literal, System.Globalization.CultureInfo.InvariantCulture),
        _ when literal.GetType().FullName == "Microsoft.OData.Edm.Date" => DateTime.SpecifyKind(DateTime.Parse(literal.ToString()!, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
        _ => throw WebApiException.NotImplemented($"A $filter literal of type {literal.GetType().Name} for '{column.LogicalName}'"),
    };
}
