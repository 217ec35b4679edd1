using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Dataverse.Validation;

/// <summary>Validates names and ids passed by callers before anything is sent, so a bad value fails with an <see cref="ArgumentException"/> naming it.</summary>
internal static partial class DataverseNames
{
    public static string EntitySet(string? entitySetName, string parameterName = "entitySetName")
    {
        if (string.IsNullOrEmpty(entitySetName) || !Identifier().IsMatch(entitySetName))
        {
            throw new ArgumentException(
                $"'{Show(entitySetName)}' is not a valid Dataverse entity set name (letters, digits and '_', starting with a letter or '_', at most 128 characters).",
                parameterName);
        }

        return entitySetName;
    }

    public static string Column(string? columnName, string parameterName)
    {
        if (string.IsNullOrEmpty(columnName) || !Identifier().IsMatch(columnName))
        {
            throw new ArgumentException($"'{Show(columnName)}' is not a valid Dataverse column or logical name.", parameterName);
        }

        return columnName;
    }

    public static string Action(string? actionName, string parameterName = "actionName")
    {
        if (string.IsNullOrEmpty(actionName) || !QualifiedIdentifier().IsMatch(actionName))
        {
            throw new ArgumentException($"'{Show(actionName)}' is not a valid Dataverse action name.", parameterName);
        }

        return actionName;
    }

    public static Guid Id(Guid id, string parameterName = "id")
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("The record id must not be Guid.Empty.", parameterName);
        }

        return id;
    }

    public static EntityTagHeaderValue ETag(string etag, string parameterName = "etag")
    {
        if (string.Equals(etag, "*", StringComparison.Ordinal))
        {
            return EntityTagHeaderValue.Any;
        }

        if (!EntityTagHeaderValue.TryParse(etag, out var parsed))
        {
            throw new ArgumentException($"'{Show(etag)}' is not a valid ETag; expected a value such as W/\"468026\" or *.", parameterName);
        }

        return parsed;
    }

    private static string Show(string? value) => value is null ? "(null)" : value.Length <= 80 ? value : value[..80] + "…";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex QualifiedIdentifier();
}
