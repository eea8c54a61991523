/** The KAM service's public URL, as the settings page calls it (the same as the cards' `SERVICE_URL`). */
export const SERVICE_URL = 'https://kam.example.com';
