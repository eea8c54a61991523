/** The KAM service's public URL: the one place the cards read it from. */
export const SERVICE_URL = 'https://kam.example.com';
