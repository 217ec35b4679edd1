using System.Net;
using System.Text;

namespace Dynamics.Mailchimp.MailchimpApi.Errors;

/// <content>Builds the message: method, resource, status, title, detail, field errors and instance; never credentials.</content>
public sealed partial class MailchimpApiException
{
    private static string BuildMessage(
        string method,
        string resource,
        HttpStatusCode statusCode,
        string title,
        string? detail,
        string? instance,
        IReadOnlyList<MailchimpFieldError> errors,
        bool hasProblemDocument)
    {
        var text = new StringBuilder()
            .Append("Mailchimp ").Append(method).Append(' ').Append(resource)
            .Append(" failed with ").Append((int)statusCode).Append(' ').Append(title).Append('.');
        if (!string.IsNullOrWhiteSpace(detail))
        {
            text.Append(' ').Append(detail);
        }

        foreach (var error in errors)
        {
            text.Append(" [").Append(error.Field).Append(": ").Append(error.Message).Append(']');
        }

        if (!hasProblemDocument)
        {
            text.Append(" The response had no problem document")
                .Append(statusCode is HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
                    ? "; Mailchimp answers this way when more than 10 connections are open for the account."
                    : ".");
        }

        if (!string.IsNullOrWhiteSpace(instance))
        {
            text.Append(" (instance ").Append(instance).Append(')');
        }

        return text.ToString();
    }
}
