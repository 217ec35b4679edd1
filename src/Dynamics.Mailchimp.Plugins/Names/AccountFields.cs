namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Account-only columns.</summary>
    public static class AccountFields
    {
        /// <summary>Account name.</summary>
        public const string Name = "name";
    }
}
