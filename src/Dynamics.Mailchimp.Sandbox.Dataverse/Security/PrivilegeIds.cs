using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// The privilege id a refusal names. Where Microsoft documents a fixed id it is used: the bypass privileges
/// (https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic, "the same for all Dataverse
/// environments") and the activity privileges (ActivityPointer entity privileges,
/// https://learn.microsoft.com/previous-versions/dynamicscrm-2013/developers-guide/gg328384(v=crm.6)). Other ids differ per
/// organization (a custom table's privileges get new ids when it is created); the sandbox derives a stable one from the name.
/// </summary>
internal static class PrivilegeIds
{
    private static readonly Dictionary<string, Guid> Documented = new(StringComparer.Ordinal)
    {
        [Privileges.BypassCustomPlugins] = new("148a9eaf-d0c4-4196-9852-c3a38e35f6a1"),
        [Privileges.BypassCustomBusinessLogic] = new("0ea552b0-a491-4470-9a1b-82068deccf66"),
        ["prvCreateActivity"] = new("091df793-fe5e-44d4-b4ca-7e3f580c4664"),
        ["prvReadActivity"] = new("650c14fe-3521-45fe-a000-84138688e45d"),
        ["prvWriteActivity"] = new("0dc8f72c-57d5-4b4d-8892-fe6aac0e4b81"),
        ["prvDeleteActivity"] = new("bb4457f2-9b45-4482-a95a-7adef25f388a"),
        ["prvAppendActivity"] = new("78777c10-09ab-4326-b4c8-cf5729702937"),
        ["prvAppendToActivity"] = new("6ec8e901-d770-44c0-8f12-d07425f638bd"),
    };

    /// <summary>The id of <paramref name="privilege"/>.</summary>
    public static Guid Of(string privilege)
    {
        if (Documented.TryGetValue(privilege, out var id))
        {
            return id;
        }

        var hash = MD5.HashData(Encoding.UTF8.GetBytes("dynamics-mailchimp-sandbox:" + privilege));
        hash[7] = (byte)((hash[7] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash);
    }
}
