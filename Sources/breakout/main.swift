print("breakout")
