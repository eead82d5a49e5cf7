"""The directory: service records modelled on Open Referral HSDS 3.0 and the stores keeping them."""
